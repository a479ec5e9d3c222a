import type { Money } from "@/lib/money";
import { rangeDays, shiftMonths, type IsoDate } from "@/lib/periods";

/*
 * What a savings goal card says, derived here and nowhere else. A Bud goal holds only its share
 * (`allocation_ratio`) of an account's balance, so to grow the goal by £100 the customer pays £100 ÷ ratio into
 * the account; both figures are given. Amounts to save round up to the penny, so following them reaches the target.
 */

export type GoalStatus =
  | { kind: "reached" }
  | { kind: "no_date" }
  | { kind: "past_date" }
  | { kind: "on_track" }
  | { kind: "behind"; by: Money };

export interface GoalPlan {
  /** Saved ÷ target, capped at 1. */
  progress: number;
  /** Still to save into the goal (never negative). */
  remaining: Money;
  /** Calendar months until the target date, a part month counting as one; null without a future date. */
  monthsLeft: number | null;
  /** How much the goal must grow each month to arrive on time. */
  monthlyForGoal: Money | null;
  /** What to pay into the account each month for that, given the goal's share of it. */
  monthlyIntoAccount: Money | null;
  status: GoalStatus;
}

export interface GoalFigures {
  target: Money;
  saved: Money;
  /** The goal's share of its account's balance, in (0, 1]. */
  allocationRatio: number;
  targetDate: IsoDate | null;
  createdOn: IsoDate;
  today: IsoDate;
}

/** Months from `today` to `date`: whole months, plus one for any days left over. */
export function monthsUntil(today: IsoDate, date: IsoDate): number {
  let months = 0;
  while (shiftMonths(today, months + 1) <= date) months++;
  return shiftMonths(today, months) < date ? months + 1 : months;
}

const money = (minor: number, currency: string): Money => ({ minor, currency });

export function goalPlan({ target, saved, allocationRatio, targetDate, createdOn, today }: GoalFigures): GoalPlan {
  const { currency } = target;
  const remaining = Math.max(0, target.minor - saved.minor);
  const progress = target.minor > 0 ? Math.min(1, saved.minor / target.minor) : 1;
  const upcoming = targetDate !== null && targetDate > today;
  const monthsLeft = upcoming ? monthsUntil(today, targetDate) : null;
  const monthlyForGoal = monthsLeft ? Math.ceil(remaining / monthsLeft) : null;
  const base = { progress, remaining: money(remaining, currency), monthsLeft };
  const monthly = {
    monthlyForGoal: monthlyForGoal === null ? null : money(monthlyForGoal, currency),
    monthlyIntoAccount: monthlyForGoal === null ? null : money(Math.ceil(monthlyForGoal / allocationRatio), currency),
  };
  if (remaining === 0) return { ...base, monthlyForGoal: null, monthlyIntoAccount: null, status: { kind: "reached" } };
  if (targetDate === null) return { ...base, ...monthly, status: { kind: "no_date" } };
  if (!upcoming) return { ...base, ...monthly, status: { kind: "past_date" } };
  // On a straight line from the day the goal was set to its date, this much should be saved by today.
  const elapsed = Math.max(0, rangeDays({ from: createdOn, to: today }) - 1);
  const total = Math.max(1, rangeDays({ from: createdOn, to: targetDate }) - 1);
  const expected = Math.round((target.minor * Math.min(elapsed, total)) / total);
  const status: GoalStatus = saved.minor >= expected ? { kind: "on_track" } : { kind: "behind", by: money(expected - saved.minor, currency) };
  return { ...base, ...monthly, status };
}

/**
 * What "Top up" suggests paying into the goal's account: this month's amount when the goal has a date, otherwise
 * all that is left (both grossed up by the goal's share of the account); null once the goal is reached.
 */
export function suggestedTopUp(plan: GoalPlan, allocationRatio: number): Money | null {
  if (plan.status.kind === "reached") return null;
  if (plan.monthlyIntoAccount) return plan.monthlyIntoAccount;
  return money(Math.ceil(plan.remaining.minor / allocationRatio), plan.remaining.currency);
}
