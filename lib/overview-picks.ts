import type { Budget, SavingsGoal } from "@/lib/domain";

/*
 * What Overview shows of budgets and goals: the few that most need a look. Browser-safe.
 */

/** The budgets that have used the largest share of their limit (over-limit ones first). */
export function budgetsClosestToLimit(budgets: readonly Budget[], count = 3): Budget[] {
  const share = (budget: Budget) => (budget.limit.minor > 0 ? budget.spent.minor / budget.limit.minor : 0);
  return budgets.toSorted((a, b) => share(b) - share(a)).slice(0, count);
}

/** The goals whose target date comes soonest (a passed date first: it is overdue); goals without a date last. */
export function goalsNearestDate(goals: readonly SavingsGoal[], count = 3): SavingsGoal[] {
  return goals
    .toSorted((a, b) => {
      if (a.targetDate === b.targetDate) return 0;
      if (a.targetDate === null) return 1;
      if (b.targetDate === null) return -1;
      return a.targetDate < b.targetDate ? -1 : 1;
    })
    .slice(0, count);
}
