/**
 * Request bodies of the Goals operations, validated as Bud's spec describes them. Fields the spec has removed
 * (a budget's `account_id`, still sent by Bud's own published Postman examples) are accepted and ignored: zod
 * objects drop unknown keys.
 */
import { z } from "zod";
import { MoneyParseError, parseMoney } from "../../../lib/money";
import type { WireCategoriesMap } from "../../data/world";
import { rfc3339 } from "../http/dates";
import type { ErrorDetails } from "../http/errors";

const currency = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code");

/** A money value with the currency's decimals that is greater than zero. */
function positiveValue(value: string, code: string, ctx: z.RefinementCtx): void {
  try {
    if (parseMoney(value, code).minor > 0) return;
    ctx.addIssue({ code: "custom", path: ["value"], message: "Must be greater than 0" });
  } catch (error) {
    if (!(error instanceof MoneyParseError)) throw error;
    ctx.addIssue({ code: "custom", path: ["value"], message: "must be a decimal amount with the currency's decimal places" });
  }
}

const amount = z
  .object({ value: z.string(), currency })
  .superRefine((money, ctx) => positiveValue(money.value, money.currency, ctx));

const name = z.string().trim().min(1, "must not be empty").max(255, "must be at most 255 characters");

const recurrency = z
  .object({
    period: z.enum(["one-off", "monthly"], { error: "must be one of [one-off monthly]" }),
    starting_day: z.number().int("must be an integer").min(1, "must be between 1 and 28").max(28, "must be between 1 and 28").optional(),
  })
  .refine((value) => value.period === "monthly" || value.starting_day === undefined, {
    path: ["starting_day"],
    message: "only applies to monthly budgets",
  });

const include = z.object({
  categories: z.array(z.object({ l1: z.string().min(1), l2: z.array(z.string().min(1)).optional() })).optional(),
  merchants: z.object({ slugs: z.array(z.string().min(1)).optional() }).optional(),
});

export const createBudgetSchema = z.object({ name, amount, recurrency, include: include.optional() });

export const patchBudgetSchema = z.object({
  name: name.optional(),
  // The currency of a budget cannot be changed: only the value may be sent.
  amount: z
    .object({ value: z.string(), currency: z.unknown().optional() })
    .refine((value) => value.currency === undefined, { path: ["currency"], message: "cannot be updated" })
    .transform(({ value }) => ({ value }))
    .optional(),
  recurrency: recurrency.optional(),
  include: include.optional(),
});

export type BudgetInclude = z.infer<typeof include>;

/** Every category must be an L1 of the customer's taxonomy, and every L2 must sit under its own L1. */
export function taxonomyErrors(value: BudgetInclude | undefined, taxonomy: WireCategoriesMap): ErrorDetails {
  const errors: Record<string, string[]> = {};
  (value?.categories ?? []).forEach((category, index) => {
    const l1 = taxonomy.find((entry) => entry.name === category.l1);
    if (!l1) {
      errors[`include.categories.${index}.l1`] = [`unknown category ${category.l1}`];
      return;
    }
    const unknown = (category.l2 ?? []).filter((slug) => !(l1.subcategories ?? []).some((sub) => sub.name === slug));
    if (unknown.length > 0) errors[`include.categories.${index}.l2`] = unknown.map((slug) => `${slug} is not a subcategory of ${category.l1}`);
  });
  return Object.keys(errors).length > 0 ? errors : null;
}

const ratio = z.number().gt(0, "must be greater than 0 and at most 1").max(1, "must be greater than 0 and at most 1");

/** `Must be a future date`, on the stand-in clock. */
const futureDate = (now: () => number) =>
  rfc3339.refine((value) => Date.parse(value) > now(), { message: "Must be a future date" });

export function createGoalSchema(now: () => number) {
  return z.object({
    account_id: z.string().min(1, "must not be empty"),
    name,
    target_amount: amount,
    target_datetime: futureDate(now).optional(),
    allocation_ratio: ratio,
  });
}

export function patchGoalSchema(now: () => number) {
  return z.object({
    account_id: z.string().min(1, "must not be empty").optional(),
    name: name.optional(),
    target_amount: amount.optional(),
    // null removes the target date.
    target_datetime: futureDate(now).nullable().optional(),
    allocation_ratio: ratio.optional(),
  });
}
