/**
 * Category corrections ([CUS]): POST /corrections/v2/categories records corrections that the world then applies
 * to every read (past and, with include_similar, future transactions alike), and GET
 * /corrections/v2/categories/similar/{transaction_id} lists what include_similar would cover. Transaction ids are
 * the stand-in's 32 hex characters (as in Bud's own examples), although the spec types the path parameter uuid.
 */
import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import type { WireCategoriesMap } from "../../data/world";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { BudApiError, failedValidation } from "../http/errors";
import { parseOrFail, readJsonBody } from "../http/params";
import type { NewCorrection } from "../store/corrections";
import { customerData } from "./customer-data";

/** Bud answers no paging here; a merchant the customer pays daily would otherwise fill megabytes. */
const SIMILAR_LIMIT = 1000;
/** One request corrects at most this many transactions (the spec sets no bound; a bound keeps a request small). */
const MAX_CORRECTIONS = 100;

const correctionPayload = z.object({
  transaction_id: z.string().min(1, { error: "must not be empty" }).max(100, { error: "is not a transaction id" }),
  category_l1: z.string().optional(),
  category_l2: z.string().optional(),
  include_similar: z.boolean().default(false),
});

const correctionRequest = z
  .array(correctionPayload)
  .min(1, { error: "must hold at least one correction" })
  .max(MAX_CORRECTIONS, { error: `must hold at most ${MAX_CORRECTIONS} corrections` });

/** The spec's 400 example for this operation. */
function validationError(errors: Record<string, string[]>): BudApiError {
  return new BudApiError(400, "validation_error", "Bad request payload", errors);
}

/** The similar endpoint's 404 example, also used when a correction names a transaction the customer does not have. */
function transactionNotFound(): BudApiError {
  return new BudApiError(404, "not_found", "transaction not found");
}

/**
 * Both levels of the category a payload names: an L2 alone brings its parent; an L1 alone keeps the
 * transaction's L2 when it sits under that L1, else takes the L1's "other_…" L2 (or its first).
 */
function resolveCategory(
  taxonomy: WireCategoriesMap,
  payload: z.output<typeof correctionPayload>,
  currentL2: string | undefined,
): { l1: string; l2: string } | string {
  const [l1FromL2, l2] = payload.category_l2?.includes(".") ? payload.category_l2.split(".", 2) : [undefined, payload.category_l2];
  const wantedL1 = payload.category_l1 ?? l1FromL2;
  if (wantedL1 === undefined && l2 === undefined) return "category_l1 or category_l2 is required";
  const parent = l2 === undefined ? undefined : taxonomy.find((l1) => l1.subcategories?.some((sub) => sub.name === l2));
  if (l2 !== undefined && !parent) return `unknown category_l2 ${l2}`;
  const l1 = taxonomy.find((category) => category.name === (wantedL1 ?? parent?.name));
  if (!l1?.name) return `unknown category_l1 ${wantedL1}`;
  if (parent && parent.name !== l1.name) return `category_l2 ${l2} is not under category_l1 ${l1.name}`;
  const subcategories = (l1.subcategories ?? []).flatMap((sub) => (sub.name === undefined ? [] : [sub.name]));
  const chosen = l2 ?? (currentL2 !== undefined && subcategories.includes(currentL2) ? currentL2 : (subcategories.find((sub) => sub.startsWith("other_")) ?? subcategories[0]));
  if (chosen === undefined) return `category_l1 ${l1.name} has no subcategories`;
  return { l1: l1.name, l2: chosen };
}

export const correctionRoutes = new Hono<AppEnv>();

correctionRoutes.post("/corrections/v2/categories", api("corrections_v2_categories_post", { customer: true }), async (c) => {
  const body = await readJsonBody(c);
  let payloads: z.output<typeof correctionRequest>;
  try {
    payloads = parseOrFail(correctionRequest, body ?? null);
  } catch (error) {
    if (error instanceof BudApiError) throw validationError((error.errors ?? {}) as Record<string, string[]>);
    throw error;
  }
  const data = customerData(c);
  const errors: Record<string, string[]> = {};
  const corrections: NewCorrection[] = [];
  payloads.forEach((payload, index) => {
    const transaction = data?.transaction(payload.transaction_id);
    if (!transaction) throw transactionNotFound();
    const category = resolveCategory(c.var.deps.world.categoriesMap, payload, transaction.enrichments?.categories?.l2?.slug);
    if (typeof category === "string") {
      errors[`${index}.category`] = [category];
      return;
    }
    corrections.push({
      transaction_id: payload.transaction_id,
      category_l1: category.l1,
      category_l2: category.l2,
      ...(payload.include_similar && { similar_key: data!.similarityKey(payload.transaction_id) }),
    });
  });
  if (Object.keys(errors).length > 0) throw validationError(errors);
  c.var.deps.corrections.add(c.var.customer.customer_id, corrections);
  const echoed = corrections.map((correction, index) => ({
    transaction_id: correction.transaction_id,
    category_l1: correction.category_l1,
    category_l2: correction.category_l2,
    include_similar: payloads[index]!.include_similar,
  }));
  return ok(c, echoed, { results: echoed.length });
});

correctionRoutes.get(
  "/corrections/v2/categories/similar/:transaction_id",
  api("corrections_v2_similar_categories_get", { customer: true }),
  (c: Context<AppEnv>) => {
    const excludeSource = c.req.query("exclude_source");
    if (excludeSource !== undefined && excludeSource !== "true" && excludeSource !== "false") {
      throw failedValidation({ exclude_source: ["must be true or false"] });
    }
    const id = c.req.param("transaction_id") ?? "";
    const similar = customerData(c)?.similar(id, SIMILAR_LIMIT + 1);
    if (!similar) throw transactionNotFound();
    const items = (excludeSource === "true" ? similar.filter((transaction) => transaction.transaction_id !== id) : similar).slice(0, SIMILAR_LIMIT);
    return ok(c, items, { results: items.length, exclude_source: excludeSource === "true" });
  },
);
