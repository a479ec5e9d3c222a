import { ProgressBar, type ProgressTone } from "@/components/ui/progress-bar";
import { MoneyAmount } from "@/components/ui/money";
import { budgetProgress, type BudgetHealth } from "@/lib/budget-progress";
import type { Budget } from "@/lib/domain";
import { formatCount, formatDate, formatMoney } from "@/lib/format";
import { londonToday } from "@/lib/periods";

const TONE: Record<BudgetHealth, ProgressTone> = { under: "accent", near: "warning", over: "negative" };
const HEALTH_TEXT: Record<BudgetHealth, string | null> = { under: null, near: "Near the limit", over: "Over the limit" };
const HEALTH_CLASS: Record<BudgetHealth, string> = { under: "text-text-muted", near: "text-warning", over: "text-negative" };

/**
 * Spent against the limit with a bar that changes colour near and over it (and says so in words), what is left,
 * and for a monthly budget the days left, the pace and where the month is heading. One-off budgets have no end
 * in Bud, so no pace.
 */
export function BudgetFigures({ budget, today = londonToday() }: { budget: Budget; today?: string }) {
  const monthly = budget.period.kind === "monthly" && budget.spentFrom !== "";
  const ended = budget.spentTo !== "" && budget.spentTo < today;
  const progress = budgetProgress({
    limit: budget.limit,
    spent: budget.spent,
    period: monthly && !ended ? { from: budget.spentFrom, to: budget.spentTo } : null,
    today,
  });
  const { remaining, health, pace } = progress;
  const healthText = HEALTH_TEXT[health];
  return (
    <div className="flex flex-col gap-2">
      <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-sm text-text-muted">
        <span>
          <MoneyAmount amount={budget.spent} className="text-lg font-semibold text-text" /> spent of{" "}
          <MoneyAmount amount={budget.limit} />
        </span>
        <span className={HEALTH_CLASS[health]}>
          {remaining.minor >= 0 ? `${formatMoney(remaining)} left` : `${formatMoney({ ...remaining, minor: -remaining.minor })} over`}
        </span>
      </p>
      <ProgressBar share={progress.share} tone={TONE[health]} label={`${budget.name}: share of the limit spent`} />
      {healthText && <p className={`text-sm font-medium ${HEALTH_CLASS[health]}`}>{healthText}</p>}
      {pace ? (
        <p className="text-sm text-text-muted">
          {pace.daysLeft > 0 ? `${formatCount(pace.daysLeft, "day")} left` : "Last day"} ·{" "}
          <span className={pace.overBy ? "font-medium text-warning" : "font-medium text-positive"}>
            {pace.overBy ? `${formatMoney(pace.overBy)} over pace` : "On pace"}
          </span>{" "}
          · heading for {formatMoney(pace.projected)} by {formatDate(budget.spentTo)}
        </p>
      ) : monthly ? (
        <p className="text-sm text-text-muted">This period ended on {formatDate(budget.spentTo)}.</p>
      ) : (
        budget.spentFrom !== "" && <p className="text-sm text-text-muted">Since {formatDate(budget.spentFrom)}, no end date</p>
      )}
    </div>
  );
}
