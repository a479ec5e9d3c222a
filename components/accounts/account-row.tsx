import Link from "next/link";
import { AccountIdentifiers } from "@/components/accounts/account-identifiers";
import { AccountKindIcon, accountKindLabel } from "@/components/accounts/account-kind";
import { BALANCE_LABELS, BalanceFacts } from "@/components/accounts/balance-facts";
import { BalanceUpdated } from "@/components/accounts/balance-updated";
import { HiddenFromTotalsBadge } from "@/components/accounts/hidden-from-totals-badge";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { MoneyAmount } from "@/components/ui/money";
import { VisuallyHidden } from "@/components/ui/visually-hidden";
import { accountBalances } from "@/lib/account-balances";
import type { Account } from "@/lib/domain";

/**
 * One account in a bank's list; the whole row is the link to the account. On phones only the name shares a line
 * with the balance and everything else gets the full width; from `sm` the balance figures form a right column.
 */
export function AccountRow({ account }: { account: Account }) {
  const { headline, others } = accountBalances(account);
  return (
    <li
      className={cn(
        "relative flex items-start gap-3 px-4 py-4 transition-colors hover:bg-surface-muted/60 sm:gap-4 sm:px-5",
        // The focus ring goes round the row the link covers, not just the name.
        "has-[a:focus-visible]:outline-2 has-[a:focus-visible]:-outline-offset-2 has-[a:focus-visible]:outline-accent",
      )}
    >
      <span className="grid size-9 shrink-0 place-items-center rounded-full bg-surface-muted text-text-muted">
        <AccountKindIcon kind={account.kind} className="size-[1.125rem]" />
      </span>
      <div className="grid min-w-0 flex-1 grid-cols-[minmax(0,1fr)_auto] gap-x-4 sm:grid-rows-[auto_1fr]">
        <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1 sm:pt-1">
          <Link
            href={`/accounts/${encodeURIComponent(account.id)}`}
            // Stretched over the row so the whole row is one click target, while staying a single tab stop.
            className="font-medium break-words text-text outline-none after:absolute after:inset-0 after:content-['']"
          >
            {account.name}
          </Link>
          {account.isClosed && <Badge>Closed</Badge>}
          {account.hiddenFromTotals && <HiddenFromTotalsBadge />}
        </div>
        <p className="text-right text-base font-semibold text-text sm:text-lg">
          <VisuallyHidden>{BALANCE_LABELS[headline.kind]} </VisuallyHidden>
          {headline.amount ? <MoneyAmount amount={headline.amount} /> : "—"}
          {headline.kind !== "balance" && (
            // Said on screen too: a card's leading figure is not its balance.
            <span aria-hidden="true" className="block text-xs font-normal text-text-muted">
              available
            </span>
          )}
        </p>
        <div className="col-span-2 mt-0.5 text-sm text-text-muted sm:col-span-1">
          <p className="flex flex-wrap gap-x-2">
            <span>{accountKindLabel(account)}</span>
            <AccountIdentifiers identifiers={account.identifiers} />
          </p>
          <BalanceUpdated date={account.balanceDate} className="mt-1 text-xs" />
        </div>
        <BalanceFacts
          figures={others}
          className="col-span-2 mt-2 sm:col-span-1 sm:col-start-2 sm:row-start-2 sm:mt-1 sm:items-end"
        />
      </div>
    </li>
  );
}
