import { cn } from "@/components/ui/cn";
import { MoneyAmount } from "@/components/ui/money";
import type { BalanceFigure, BalanceFigureKind } from "@/lib/account-balances";

export const BALANCE_LABELS: Record<BalanceFigureKind, string> = {
  balance: "Balance",
  available: "Available",
  after_pending: "After pending",
  credit_limit: "Credit limit",
};

/** The figures beside the headline in small print: one wrapping line on phones, a column under it from `sm`. */
export function BalanceFacts({ figures, className }: { figures: BalanceFigure[]; className?: string }) {
  if (figures.length === 0) return null;
  return (
    <dl className={cn("flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-text-muted sm:flex-col", className)}>
      {figures.map(({ kind, amount }) => (
        <div key={kind} className="flex gap-1.5">
          <dt>{BALANCE_LABELS[kind]}</dt>
          <dd>
            <MoneyAmount amount={amount} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
