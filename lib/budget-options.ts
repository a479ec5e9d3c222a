import "server-only";
import { getAccounts } from "@/lib/accounts";
import { categoryTaxonomy } from "@/lib/bud/taxonomy";
import { categoryTotals, suggestBudgets } from "@/lib/budget-suggestions";
import type { BudgetOptions, BudgetSuggestions } from "@/lib/schemas/budget-options";
import { recentDebits, RECENT_MONTHS } from "@/lib/recent-spending";
import { BUDGET_CURRENCIES } from "@/lib/schemas/budgets";

/** What the budget dialog offers: Bud's taxonomy, the user's own merchants (most used first) and their currencies. */
export async function getBudgetOptions(userId: string): Promise<BudgetOptions> {
  const [categories, accounts, { debits }] = await Promise.all([categoryTaxonomy(), getAccounts(userId), recentDebits(userId)]);
  const merchants = new Map<string, { slug: string; name: string; count: number }>();
  for (const { merchant } of debits) {
    if (!merchant?.slug) continue;
    const seen = merchants.get(merchant.slug) ?? { slug: merchant.slug, name: merchant.name, count: 0 };
    merchants.set(merchant.slug, { ...seen, count: seen.count + 1 });
  }
  const held = new Set(accounts.map((account) => account.currency));
  return {
    categories,
    merchants: [...merchants.values()].toSorted((a, b) => b.count - a.count).map(({ slug, name }) => ({ slug, name })),
    currencies: BUDGET_CURRENCIES.filter((currency) => currency === "GBP" || held.has(currency)),
  };
}

/**
 * Suggested budgets from the last three whole months' spending by category, in pounds. The one place that knows
 * where category totals come from: today the user's transactions; Bud's category aggregation when it lands.
 */
export async function getBudgetSuggestions(userId: string): Promise<BudgetSuggestions> {
  const { debits } = await recentDebits(userId);
  return suggestBudgets(categoryTotals(debits, "GBP"), RECENT_MONTHS);
}
