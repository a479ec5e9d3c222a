import "server-only";
import { getCategoryTaxonomy } from "@/lib/bud/category-taxonomy";
import type { TaxonomyEntry } from "@/lib/schemas/budgets";

/** Bud's taxonomy (one cached fetch, lib/bud/category-taxonomy.ts) in the shape the budget form uses. */
export async function categoryTaxonomy(): Promise<TaxonomyEntry[]> {
  return (await getCategoryTaxonomy()).map((entry) => ({ l1: entry.slug, l2: entry.subcategories }));
}
