import { availableCredit, distinctPending } from "@/components/accounts/credit-summary";
import { cn } from "@/components/ui/cn";
import { MoneyAmount } from "@/components/ui/money";
import type { Account, Money } from "@/lib/domain";

/** The figures beside the booked balance: pending (when different), then the card's limit and what is left. */
export function balanceFacts(account: Account): { label: string; amount: Money }[] {
  const facts = [
    { label: "Pending", amount: distinctPending(account) },
    { label: "Credit limit", amount: account.creditLimit },
    { label: "Available", amount: availableCredit(account) },
  ];
  return facts.filter((fact): fact is { label: string; amount: Money } => fact.amount !== null);
}

/** The facts in small print: one wrapping line on phones, a column under the balance from `sm`. */
export function BalanceFacts({ account, className }: { account: Account; className?: string }) {
  const facts = balanceFacts(account);
  if (facts.length === 0) return null;
  return (
    <dl className={cn("flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-text-muted sm:flex-col", className)}>
      {facts.map(({ label, amount }) => (
        <div key={label} className="flex gap-1.5">
          <dt>{label}</dt>
          <dd>
            <MoneyAmount amount={amount} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
