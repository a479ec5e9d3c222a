import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/lib/format";
import type { Money } from "@/lib/money";

export type MoneyTone =
  /** The text colour around it. */
  | "plain"
  /** Money in is green, money out stays plain: how bank statements read. */
  | "credits"
  /** Green above zero, red below: for balances and totals. */
  | "signed";

export interface MoneyAmountProps {
  amount: Money;
  /** "always" shows "+" on credits. */
  sign?: "auto" | "always";
  tone?: MoneyTone;
  className?: string;
}

function toneClass(tone: MoneyTone, minor: number): string | undefined {
  if (tone === "plain" || minor === 0) return undefined;
  if (minor > 0) return "text-positive";
  return tone === "signed" ? "text-negative" : undefined;
}

/** An amount in tabular figures, so columns of money line up digit for digit. */
export function MoneyAmount({ amount, sign = "auto", tone = "plain", className }: MoneyAmountProps) {
  return (
    <span className={cn("tabular-nums whitespace-nowrap", toneClass(tone, amount.minor), className)}>
      {formatMoney(amount, { sign })}
    </span>
  );
}
