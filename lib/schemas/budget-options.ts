import { z } from "zod";
import { Money } from "@/lib/domain";
import { BUDGET_CURRENCIES, TaxonomyEntry } from "@/lib/schemas/budgets";

/** The answers of /api/budgets/options and /api/budgets/suggestions, checked in the browser. Browser-safe. */
export const BudgetOptions = z.object({
  categories: z.array(TaxonomyEntry),
  merchants: z.array(z.object({ slug: z.string(), name: z.string() })),
  currencies: z.array(z.enum(BUDGET_CURRENCIES)),
});
export type BudgetOptions = z.infer<typeof BudgetOptions>;

export const BudgetSuggestions = z.array(z.object({ l1: z.string(), monthly: Money }));
export type BudgetSuggestions = z.infer<typeof BudgetSuggestions>;
