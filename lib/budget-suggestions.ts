import type { Transaction } from "@/lib/domain";
import type { Money } from "@/lib/money";

/*
 * Budgets worth suggesting to someone with none: their biggest everyday spending categories, at their own
 * monthly average, rounded up to a round figure. Browser-safe maths over any source of category totals.
 */

/** Spending a monthly budget does not help with: commitments, money moved, money earned. */
const NOT_BUDGETED = new Set(["income", "transfers", "mortgage_and_rent", "borrowing_and_loans", "pensions_savings_and_investments", "banking"]);
const SUGGESTIONS = 4;
/** Monthly averages are rounded up to this many minor units (£10). */
const ROUND_TO = 1000;

export interface BudgetSuggestion {
  l1: string;
  monthly: Money;
}

/** Category totals (positive spend) over `months` months → the top suggestions, largest first. */
export function suggestBudgets(totals: readonly { l1: string; spent: Money }[], months: number): BudgetSuggestion[] {
  return totals
    .filter(({ l1, spent }) => !NOT_BUDGETED.has(l1) && spent.minor > 0)
    .map(({ l1, spent }) => ({
      l1,
      monthly: { minor: Math.ceil(spent.minor / months / ROUND_TO) * ROUND_TO, currency: spent.currency },
    }))
    .toSorted((a, b) => b.monthly.minor - a.monthly.minor)
    .slice(0, SUGGESTIONS);
}

/** Per-L1 totals of debits in one currency, as positive amounts. */
export function categoryTotals(debits: readonly Transaction[], currency: string): { l1: string; spent: Money }[] {
  const totals = new Map<string, number>();
  for (const { category, amount } of debits) {
    if (!category || amount.currency !== currency || amount.minor >= 0) continue;
    totals.set(category.l1, (totals.get(category.l1) ?? 0) - amount.minor);
  }
  return [...totals].map(([l1, minor]) => ({ l1, spent: { minor, currency } }));
}
