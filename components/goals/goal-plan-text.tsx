import type { SavingsGoal } from "@/lib/domain";
import { formatDate, formatMoney } from "@/lib/format";
import type { GoalPlan } from "@/lib/goal-plan";

/** The plan in plain words: where the goal stands against its date and both monthly figures. */
export function GoalPlanText({ goal, plan }: { goal: SavingsGoal; plan: GoalPlan }) {
  const { status } = plan;
  const share = Math.round(goal.allocationRatio * 10000) / 100;
  return (
    <div className="flex flex-col gap-1 text-sm text-text-muted">
      {status.kind === "reached" && <p className="font-medium text-positive">Target reached</p>}
      {status.kind === "on_track" && <p className="font-medium text-positive">On track</p>}
      {status.kind === "behind" && <p className="font-medium text-warning">Behind by {formatMoney(status.by)}</p>}
      {status.kind === "past_date" && goal.targetDate && (
        <p className="font-medium text-negative">The target date, {formatDate(goal.targetDate)}, has passed with {formatMoney(plan.remaining)} still to save.</p>
      )}
      {status.kind === "no_date" && <p>No target date: {formatMoney(plan.remaining)} still to save.</p>}
      {plan.monthlyForGoal && plan.monthlyIntoAccount && status.kind !== "past_date" && status.kind !== "no_date" && (
        <>
          <p>
            Save <strong className="text-text">{formatMoney(plan.monthlyForGoal)} a month</strong> towards this goal until{" "}
            {goal.targetDate && formatDate(goal.targetDate)}.
          </p>
          {share < 100 && (
            <p>
              As it holds {share}% of the account, that means paying{" "}
              <strong className="text-text">{formatMoney(plan.monthlyIntoAccount)} a month</strong> into {goal.accountName ?? "the account"}.
            </p>
          )}
        </>
      )}
    </div>
  );
}
