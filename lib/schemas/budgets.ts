import { z } from "zod";
import { moneyInputSchema } from "@/lib/schemas/money-input";
import { isIsoDate } from "@/lib/periods";
import { TransactionPageQuery } from "@/lib/schemas/transaction-page";
import { singleLineText } from "@/lib/schemas/text";

/*
 * The budget form, one schema for the dialog (react-hook-form's zod resolver) and for the route that receives it.
 * Strict: a body naming anything else (`customer_id`, `id`, `spent`) is refused, not silently trimmed. Whether
 * the categories exist is a question for Bud's taxonomy, which the route has and the form shows: `categoryErrors`.
 * Browser-safe.
 */

/** Currencies a budget may be kept in; EUR only for a customer who has EUR accounts (checked by the route). */
export const BUDGET_CURRENCIES = ["GBP", "EUR"] as const;
export type BudgetCurrency = (typeof BUDGET_CURRENCIES)[number];

/** A limit beyond a million is a typo, not a budget. */
export const MAX_BUDGET_MINOR = 100_000_000;
const MAX_CATEGORIES = 20;
const MAX_MERCHANTS = 20;

const slug = z.string().regex(/^[a-z0-9_-]{1,64}$/, "Choose a category from the list.");
const merchantSlug = z.string().regex(/^[\w.\-~]{1,128}$/, "Choose a merchant from the list.");

const categoryChoice = z.strictObject({ l1: slug, l2: z.array(slug).max(40) });

const budgetFields = z.strictObject({
  name: singleLineText({ max: 60, requiredMessage: "Give the budget a name." }),
  amount: typedAmount(MAX_BUDGET_MINOR),
  currency: z.enum(BUDGET_CURRENCIES, { error: "Choose pounds or euros." }),
  period: z.enum(["monthly", "one-off"], { error: "Choose monthly or one-off." }),
  /** The day of the month a monthly budget starts again; ignored for one-off budgets. */
  startingDay: z.number({ error: "Choose a day from 1 to 28." }).int("Choose a day from 1 to 28.").min(1, "Choose a day from 1 to 28.").max(28, "Choose a day from 1 to 28."),
  categories: z.array(categoryChoice).max(MAX_CATEGORIES, `Choose at most ${MAX_CATEGORIES} categories.`),
  merchants: z.array(merchantSlug).max(MAX_MERCHANTS, `Choose at most ${MAX_MERCHANTS} merchants.`),
});

/**
 * A typed amount checked on its own (so its message shows beside other fields' errors): read in the currency its
 * symbol names, pounds otherwise. Both currencies we offer have two decimals; the form's own currency is checked
 * again once every field is valid.
 */
export function typedAmount(max: number) {
  return z
    .string()
    .max(40, "Enter an amount such as 240.")
    .superRefine((text, ctx) => {
      const currency = /^\s*(€|EUR)/i.test(text) ? "EUR" : "GBP";
      const parsed = moneyInputSchema(currency, { max }).safeParse(text);
      if (!parsed.success) ctx.addIssue({ code: "custom", message: parsed.error.issues[0]!.message });
    });
}

/** The amount is finally read in the budget's own currency ("€12" is not a pound budget's limit). */
export const BudgetForm = budgetFields
  .superRefine((value, ctx) => {
    const parsed = moneyInputSchema(value.currency, { max: MAX_BUDGET_MINOR }).safeParse(value.amount);
    if (!parsed.success) ctx.addIssue({ code: "custom", path: ["amount"], message: parsed.error.issues[0]!.message });
  })
  .refine((value) => new Set(value.categories.map((category) => category.l1)).size === value.categories.length, {
    path: ["categories"],
    message: "Choose each category once.",
  });
export type BudgetFormInput = z.input<typeof BudgetForm>;
export type BudgetFormValues = z.output<typeof BudgetForm>;

/** A budget's currency is fixed once created (Bud refuses to change it), so an edit names the same one. */
export const BUDGET_FORM_DEFAULTS: BudgetFormInput = {
  name: "",
  amount: "",
  currency: "GBP",
  period: "monthly",
  startingDay: 1,
  categories: [],
  merchants: [],
};

/** One L1 of Bud's taxonomy with its L2s, as the route serves it and the form offers it. */
export const TaxonomyEntry = z.object({ l1: z.string(), l2: z.array(z.string()) });
export type TaxonomyEntry = z.infer<typeof TaxonomyEntry>;

/**
 * Field messages for categories that are not in the taxonomy, or an L2 chosen under an L1 it does not belong to;
 * null when every choice is Bud's. Keys are the form's field paths.
 */
export function categoryErrors(categories: BudgetFormValues["categories"], taxonomy: readonly TaxonomyEntry[]): Record<string, string> | null {
  const errors: Record<string, string> = {};
  categories.forEach((choice, index) => {
    const entry = taxonomy.find((candidate) => candidate.l1 === choice.l1);
    if (!entry) errors[`categories.${index}.l1`] = "That category doesn’t exist. Choose one from the list.";
    else if (choice.l2.some((l2) => !entry.l2.includes(l2))) {
      errors[`categories.${index}.l2`] = "Choose subcategories that belong to this category.";
    }
  });
  return Object.keys(errors).length > 0 ? errors : null;
}

/** A day in a past period, for stepping back through a budget's history (`?day=2026-10-15`). */
export const BudgetDayQuery = z.object({
  day: z.string().refine(isIsoDate, "Use a real date written as YYYY-MM-DD.").optional(),
});
export type BudgetDayQuery = z.infer<typeof BudgetDayQuery>;

/** A budget's transactions: the period's day and a page. */
export const BudgetTransactionsQuery = z.object({ ...TransactionPageQuery.shape, ...BudgetDayQuery.shape });
export type BudgetTransactionsInput = z.input<typeof BudgetTransactionsQuery>;
export type BudgetTransactionsQuery = z.output<typeof BudgetTransactionsQuery>;
export const BudgetTransactionsListQuery = BudgetTransactionsQuery.omit({ page_token: true });
export type BudgetTransactionsListInput = z.input<typeof BudgetTransactionsListQuery>;
