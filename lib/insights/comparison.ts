import type { Money } from "@/lib/domain";
import { spendingByCategory, type CategoryFlow } from "@/lib/insights/counting";

/*
 * This month so far against the same days of last month and against the average whole month of the last six.
 * Browser-safe: the comparison widget derives its rows from the three answers the route sends.
 */

export interface ComparisonInput {
  current: readonly CategoryFlow[];
  previous: readonly CategoryFlow[];
  /** One entry per whole month before this one, oldest first. */
  months: readonly (readonly CategoryFlow[])[];
}

export interface CategoryComparison {
  category: string;
  current: Money;
  previous: Money;
  /** The average of the months with any spending at all; null when there are none yet. */
  average: Money | null;
}

const spendMap = (flows: readonly CategoryFlow[], currency: string) =>
  new Map(spendingByCategory(flows, currency).map((spend) => [spend.category, spend.amount.minor]));

/**
 * A month with no spending in any category is a month before the customer's data starts, so it does not drag
 * the average down; a month with spending but none in this category counts as zero.
 */
export function compareCategories({ current, previous, months }: ComparisonInput, currency: string): CategoryComparison[] {
  const now = spendMap(current, currency);
  const before = spendMap(previous, currency);
  const monthly = months.map((flows) => spendMap(flows, currency)).filter((month) => month.size > 0);
  const categories = new Set([...now.keys(), ...before.keys()]);
  const money = (minor: number): Money => ({ minor, currency });
  return [...categories]
    .map((category) => ({
      category,
      current: money(now.get(category) ?? 0),
      previous: money(before.get(category) ?? 0),
      average:
        monthly.length === 0
          ? null
          : money(Math.round(monthly.reduce((sum, month) => sum + (month.get(category) ?? 0), 0) / monthly.length)),
    }))
    .sort((a, b) => b.current.minor - a.current.minor || b.previous.minor - a.previous.minor || a.category.localeCompare(b.category));
}

/** Whether there is anything to compare with: at least one earlier month with spending. */
export function hasHistory({ previous, months }: ComparisonInput, currency: string): boolean {
  return spendMap(previous, currency).size > 0 || months.some((flows) => spendMap(flows, currency).size > 0);
}
