import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient } from "@/lib/bud/client";
import { parseWire } from "@/lib/bud/wire";
import type { TaxonomyEntry } from "@/lib/schemas/budgets";

const WireCategoriesMap = z.object({
  data: z.array(z.object({ name: z.string().min(1), subcategories: z.array(z.object({ name: z.string().min(1) })).nullish() })),
});

const OPERATION = "GET /resources/v2/categories";
/** The taxonomy changes with Bud's model releases, not by the minute. */
const TTL_MS = 60 * 60 * 1000;

let cached: { at: number; taxonomy: Promise<TaxonomyEntry[]> } | null = null;

async function fetchTaxonomy(bud: BudClient): Promise<TaxonomyEntry[]> {
  const { data } = await bud.api.GET("/resources/v2/categories", { params: { header: bud.clientHeaders(), query: { format: "map" } } });
  return parseWire(WireCategoriesMap, data, OPERATION).data.map((entry) => ({
    l1: entry.name,
    l2: (entry.subcategories ?? []).map((sub) => sub.name),
  }));
}

/** Bud's two-level category taxonomy (L1 with its L2s), the same for every customer, cached per process. */
export function categoryTaxonomy(bud: BudClient = getBudClient(), now: number = Date.now()): Promise<TaxonomyEntry[]> {
  if (!cached || now - cached.at > TTL_MS) {
    const taxonomy = fetchTaxonomy(bud);
    cached = { at: now, taxonomy };
    // A failed fetch is not kept: the next caller asks again.
    taxonomy.catch(() => {
      if (cached?.taxonomy === taxonomy) cached = null;
    });
  }
  return cached.taxonomy;
}
