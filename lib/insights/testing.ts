import type { CategoryFlow, CurrencyTotal } from "@/lib/insights/counting";

/** Builders for the unit tests of the counting rule and what uses it: Bud's category totals as the app holds them. */
export const total = (minor: number, currency = "GBP", count = 1): CurrencyTotal => ({ amount: { minor, currency }, count });

export const flow = (category: string, debits: CurrencyTotal[], credits: CurrencyTotal[] = [], subcategories: CategoryFlow[] = []): CategoryFlow => ({
  category,
  debits,
  credits,
  subcategories,
});
