import { choiceRule } from "@/lib/rules/choice";
import type { FieldRule } from "@/lib/rules/field-rule";
import { pageSizeProblem } from "@/lib/rules/transaction-page";
import { singleLineTextRule } from "@/lib/rules/text";
import { isIsoDate, MAX_RANGE_DAYS, rangeDays } from "@/lib/calendar/iso-dates";

/*
 * The filters of our transaction list routes (`GET /api/transactions`, its totals and export), named as in the
 * /transactions page's URL. Stated once here, without zod: the page checks its URL with them in the browser, where
 * zod would cost ≈20 kB of its JavaScript (README → Performance → Pages), and the routes' zod schemas
 * (lib/schemas/transactions.ts) are built from the very same functions, so both give the same messages.
 */

/** Bud's search pages at most 100 (`GET /search/beta/transactions`). */
export const MAX_SEARCH_PAGE_SIZE = 100;
/** Longer than anyone types into a search box; Bud itself takes up to 512. */
export const MAX_SEARCH_TEXT = 200;

/** Bud's account ids are opaque; bounded without assuming a format (as lib/api/params.ts). */
export const MAX_ACCOUNT_ID = 128;

export const DIRECTIONS = ["in", "out"] as const;
export const STATUSES = ["booked", "pending"] as const;

/** A field that must match `pattern`, or be refused with `message`. */
function patternRule(pattern: RegExp, message: string): FieldRule {
  return { problem: (value) => (pattern.test(value) ? null : message) };
}

export const isoDateRule: FieldRule = { problem: (value) => (isIsoDate(value) ? null : "Use a real date written as YYYY-MM-DD.") };

export const accountIdRule: FieldRule = {
  problem: (value) => {
    // The length's message is zod's own wording, kept from the schema these rules replaced.
    if (value.length > MAX_ACCOUNT_ID) return `Too big: expected string to have <=${MAX_ACCOUNT_ID} characters`;
    return /^[\w.\-~]+$/.test(value) ? null : "Choose one of your accounts.";
  },
};

/** Bud's category slugs: `food_and_drink`, `coffee`. Whether one exists is checked against the taxonomy server-side. */
export const categorySlugRule = patternRule(/^[a-z0-9_]{1,64}$/, "Choose a category from the list.");

/** Bud's merchant slug (`netflix`, `pret_a_manger`), as the transaction list filters by it. */
export const merchantSlugRule = patternRule(/^[a-z0-9][a-z0-9_-]{0,99}$/, "Choose a merchant from one of your transactions.");

/** A filter amount in pounds: `12`, `12.5`, `12.50`; at most 2 decimal places, below a billion. */
export const amountRule = patternRule(/^\d{1,9}(\.\d{1,2})?$/, "Enter an amount such as 12.50.");

export const searchTextRule = singleLineTextRule({ max: MAX_SEARCH_TEXT, requiredMessage: "Enter something to search for." });

/** Each filter's rule, in the order the routes report their problems. */
export const TRANSACTION_FILTER_RULES = {
  from: isoDateRule,
  to: isoDateRule,
  account_id: accountIdRule,
  category_l1: categorySlugRule,
  category_l2: categorySlugRule,
  direction: choiceRule(DIRECTIONS),
  status: choiceRule(STATUSES),
  merchant: merchantSlugRule,
  amount_min: amountRule,
  amount_max: amountRule,
  q: searchTextRule,
} satisfies Record<string, FieldRule>;

export type TransactionFilterKey = keyof typeof TRANSACTION_FILTER_RULES;
export const TRANSACTION_FILTER_KEYS = Object.keys(TRANSACTION_FILTER_RULES) as TransactionFilterKey[];

/** The filters as a URL or a caller writes them: an empty value means the filter is off, not that it is invalid. */
export type TransactionFilterStrings = { [K in TransactionFilterKey]?: string | undefined };

/** The filters once every one passed its rule (normalised, empty ones left out). */
export type ValidFilters = Omit<TransactionFilterStrings, "direction" | "status"> & {
  direction?: (typeof DIRECTIONS)[number];
  status?: (typeof STATUSES)[number];
};

/** A problem with the filters, named by the parameter to change. */
export interface FilterProblem {
  field: TransactionFilterKey | "page_size";
  message: string;
}

/**
 * Free text and amount ranges can only be answered by Bud's search (`GET /search/beta/transactions`); every other
 * filter by the transaction list (`GET /financial/v2/transactions`). lib/transactions.ts holds the full mapping.
 */
export function needsSearch(filters: Pick<TransactionFilterStrings, "q" | "amount_min" | "amount_max">): boolean {
  return filters.q !== undefined || filters.amount_min !== undefined || filters.amount_max !== undefined;
}

/** Whether any filter is set (the empty state then offers to clear them). */
export function hasFilters(filters: TransactionFilterStrings): boolean {
  return TRANSACTION_FILTER_KEYS.some((key) => filters[key] !== undefined);
}

/**
 * The combinations neither Bud endpoint can serve, for filters that each passed their rule. Search takes at most
 * one of free text, merchant and category (an L2 implies its L1, so both together send only the L2), has no status
 * filter and pages at most 100. The page never offers these (typing a search clears the category and merchant,
 * with a note).
 */
export function combinationProblems(filters: ValidFilters & { page_size?: number }): FilterProblem[] {
  const problems: FilterProblem[] = [];
  const problem = (field: FilterProblem["field"], message: string) => problems.push({ field, message });
  if (filters.from !== undefined && filters.to !== undefined) {
    if (filters.from > filters.to) problem("to", "The end date must not be before the start date.");
    else if (rangeDays({ from: filters.from, to: filters.to }) > MAX_RANGE_DAYS) problem("from", "Choose a range of at most five years.");
  }
  if (filters.amount_min !== undefined && filters.amount_max !== undefined && Number(filters.amount_min) > Number(filters.amount_max)) {
    problem("amount_max", "The largest amount must not be below the smallest.");
  }
  if (!needsSearch(filters)) return problems;
  const why = filters.q !== undefined ? "a search" : "an amount range";
  if (filters.status !== undefined) problem("status", `Booked or pending can’t be combined with ${why}.`);
  if (filters.q !== undefined && filters.merchant !== undefined) problem("merchant", "A merchant can’t be combined with a search.");
  if (filters.q !== undefined && filters.category_l1 !== undefined) problem("category_l1", "A category can’t be combined with a search.");
  if (filters.q !== undefined && filters.category_l2 !== undefined) problem("category_l2", "A category can’t be combined with a search.");
  if (filters.merchant !== undefined && (filters.category_l1 ?? filters.category_l2) !== undefined) {
    problem("merchant", `A merchant and a category can’t be combined with ${why}.`);
  }
  if ((filters.page_size ?? 0) > MAX_SEARCH_PAGE_SIZE) problem("page_size", `Use at most ${MAX_SEARCH_PAGE_SIZE} rows per page with ${why}.`);
  return problems;
}

export type CheckedTransactionFilters =
  | { ok: true; filters: ValidFilters }
  | { ok: false; problems: FilterProblem[] };

/**
 * The filters checked as the routes check them: each by its rule, in order, then the page size when a page of them
 * is asked for, then (only when all of those pass) their combination.
 */
export function checkTransactionFilters(input: TransactionFilterStrings, pageSize?: number): CheckedTransactionFilters {
  const filters: TransactionFilterStrings = {};
  const problems: FilterProblem[] = [];
  for (const field of TRANSACTION_FILTER_KEYS) {
    const value = input[field];
    if (value === undefined || value === "") continue;
    const { normalise, problem } = TRANSACTION_FILTER_RULES[field] as FieldRule;
    filters[field] = normalise ? normalise(value) : value;
    const message = problem(filters[field]);
    if (message !== null) problems.push({ field, message });
  }
  const sizeProblem = pageSize === undefined ? null : pageSizeProblem(pageSize);
  if (sizeProblem !== null) problems.push({ field: "page_size", message: sizeProblem });
  if (problems.length > 0) return { ok: false, problems };
  // Each filter passed its rule, so direction and status are among their options.
  const checked = filters as ValidFilters;
  const combination = combinationProblems({ ...checked, ...(pageSize !== undefined && { page_size: pageSize }) });
  return combination.length > 0 ? { ok: false, problems: combination } : { ok: true, filters: checked };
}
