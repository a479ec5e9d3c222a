import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Logo } from "@/components/ui/logo";
import { MoneyAmount } from "@/components/ui/money";
import type { Transaction } from "@/lib/domain";
import { humanizeSlug } from "@/lib/format";

/**
 * One transaction: who, what kind of spending, how much (money in green with +), and whether it has settled.
 * The date is not repeated here: every list groups rows under a day heading that carries it.
 */
export function TransactionRow({ transaction }: { transaction: Transaction }) {
  const { description, merchant, category, amount, status } = transaction;
  const declined = status === "declined";
  return (
    <li className="flex items-center gap-3 px-4 py-3 sm:gap-4 sm:px-5">
      <Logo src={transaction.logoUrl ?? merchant?.logoUrl ?? null} name={merchant?.name ?? description} />
      <div className="min-w-0 flex-1">
        <p className="truncate font-medium text-text">{description}</p>
        <p className="truncate text-sm text-text-muted">{category ? humanizeSlug(category.l1) : "Uncategorised"}</p>
      </div>
      <div className="flex shrink-0 flex-col items-end gap-1">
        <MoneyAmount
          amount={amount}
          sign="always"
          tone={declined ? "plain" : "credits"}
          className={cn("font-semibold", declined && "text-text-muted line-through")}
        />
        {status === "pending" && <Badge tone="warning">Pending</Badge>}
        {declined && <Badge tone="negative">Declined</Badge>}
      </div>
    </li>
  );
}
