import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient } from "@/lib/bud/client";
import { parseWire } from "@/lib/bud/wire";
import type { CategoryTaxonomy } from "@/lib/domain";

const OPERATION = "GET /resources/v2/categories";

const WireCategoriesMap = z.object({
  data: z.array(
    z.object({ name: z.string().min(1), subcategories: z.array(z.object({ name: z.string().min(1) })).nullish() }),
  ),
});

/** The taxonomy is the client's, not a customer's, and changes with Bud's model releases: an hour is fresh enough. */
const TTL_MS = 60 * 60 * 1000;
const globalForTaxonomy = globalThis as typeof globalThis & {
  budgieCategoryTaxonomy?: { at: number; value: Promise<CategoryTaxonomy> };
};

/** Bud's category taxonomy (L1 slugs, each with its L2 slugs), fetched once an hour per process. */
export function getCategoryTaxonomy(bud: BudClient = getBudClient(), now = Date.now()): Promise<CategoryTaxonomy> {
  const cached = globalForTaxonomy.budgieCategoryTaxonomy;
  if (cached && now - cached.at < TTL_MS) return cached.value;
  const value = fetchTaxonomy(bud);
  globalForTaxonomy.budgieCategoryTaxonomy = { at: now, value };
  // A failure is not remembered: the next caller asks again.
  value.catch(() => {
    if (globalForTaxonomy.budgieCategoryTaxonomy?.value === value) delete globalForTaxonomy.budgieCategoryTaxonomy;
  });
  return value;
}

async function fetchTaxonomy(bud: BudClient): Promise<CategoryTaxonomy> {
  const { data } = await bud.api.GET("/resources/v2/categories", {
    params: { header: bud.clientHeaders(), query: { format: "map" } },
  });
  return parseWire(WireCategoriesMap, data, OPERATION).data.map((l1) => ({
    slug: l1.name,
    subcategories: (l1.subcategories ?? []).map((l2) => l2.name),
  }));
}
