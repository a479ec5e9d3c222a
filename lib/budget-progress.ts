import type { Money } from "@/lib/money";
import { progressThrough, type DateRange, type IsoDate } from "@/lib/periods";

/*
 * The figures a budget card shows, derived once here (never in components): what is left, how close to the
 * limit, and, for monthly budgets, whether spending is ahead of the share of the month that has gone and where it
 * is heading. A one-off budget has no end date in Bud, so it has no pace.
 */

/** From this share of the limit a budget is "near" its limit. */
export const NEAR_LIMIT = 0.85;

export type BudgetHealth = "under" | "near" | "over";

export interface BudgetPace {
  /** What spending at an even rate would have reached by today. */
  expected: Money;
  /** How far spending is ahead of that; null when on (or under) pace. */
  overBy: Money | null;
  /** Where spending ends the period at the rate so far. */
  projected: Money;
  daysLeft: number;
}

export interface BudgetProgress {
  /** Limit − spent; negative once overspent. */
  remaining: Money;
  /** Spent ÷ limit (above 1 when overspent). */
  share: number;
  health: BudgetHealth;
  pace: BudgetPace | null;
}

export interface BudgetFigures {
  limit: Money;
  /** Spent so far this period, as a positive amount. */
  spent: Money;
  /** The period `spent` covers; null for a one-off budget. */
  period: DateRange | null;
  today: IsoDate;
}

const money = (minor: number, currency: string): Money => ({ minor, currency });

export function budgetProgress({ limit, spent, period, today }: BudgetFigures): BudgetProgress {
  const { currency } = limit;
  const share = limit.minor > 0 ? spent.minor / limit.minor : 0;
  const health: BudgetHealth = share > 1 ? "over" : share >= NEAR_LIMIT ? "near" : "under";
  let pace: BudgetPace | null = null;
  if (period) {
    const { elapsedDays, daysLeft, share: elapsed } = progressThrough(period, today);
    const expected = Math.round(limit.minor * elapsed);
    const totalDays = elapsedDays + daysLeft;
    pace = {
      expected: money(expected, currency),
      overBy: spent.minor > expected ? money(spent.minor - expected, currency) : null,
      projected: money(elapsedDays > 0 ? Math.round((spent.minor / elapsedDays) * totalDays) : spent.minor, currency),
      daysLeft,
    };
  }
  return { remaining: money(limit.minor - spent.minor, currency), share, health, pace };
}

/** Totals across budgets, one per currency (never summed across currencies), in first-seen order. */
export function budgetTotals(budgets: readonly { limit: Money; spent: Money }[]): { limit: Money; spent: Money; remaining: Money }[] {
  const totals = new Map<string, { limit: number; spent: number }>();
  for (const { limit, spent } of budgets) {
    const total = totals.get(limit.currency) ?? { limit: 0, spent: 0 };
    totals.set(limit.currency, { limit: total.limit + limit.minor, spent: total.spent + spent.minor });
  }
  return [...totals].map(([currency, total]) => ({
    limit: money(total.limit, currency),
    spent: money(total.spent, currency),
    remaining: money(total.limit - total.spent, currency),
  }));
}
