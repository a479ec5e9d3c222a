import * as z from "@/lib/schemas/zod";
import { addIssue } from "@/lib/schemas/zod";
import { isIsoDate, MAX_RANGE_DAYS, rangeDays } from "@/lib/periods";
import { singleLineText } from "@/lib/schemas/text";

/*
 * The query string of our transaction list routes, parsed by the routes and used by the query builders in
 * lib/queries.ts to build keys and URLs, and by the /transactions page's URL state (its nuqs parsers are built
 * from TRANSACTION_FILTER_KEYS). Browser-safe.
 */

/** Bud's largest page of transactions (`GET /financial/v2/transactions`). */
export const MAX_TRANSACTIONS_PAGE_SIZE = 200;
/** Bud's search pages at most 100 (`GET /search/beta/transactions`). */
export const MAX_SEARCH_PAGE_SIZE = 100;
export const DEFAULT_TRANSACTIONS_PAGE_SIZE = 50;
/** Longer than anyone types into a search box; Bud itself takes up to 512. */
export const MAX_SEARCH_TEXT = 200;

const pageSize = z._default(
  z.coerce.number().check(z.int(), z.minimum(1), z.maximum(MAX_TRANSACTIONS_PAGE_SIZE)),
  DEFAULT_TRANSACTIONS_PAGE_SIZE,
);
const pageToken = z.optional(z.string().check(z.maxLength(2048), z.regex(/^[\w\-=.~]+$/, "Invalid page token")));

/** Which page of a list: how many rows, and Bud's opaque token for where the previous page ended. */
export const TransactionPageQuery = z.object({ page_size: pageSize, page_token: pageToken });
/** What a caller may write (strings from a URL, defaults left out). */
export type TransactionPageInput = z.input<typeof TransactionPageQuery>;
/** What lib/ functions receive: parsed, defaults filled in. */
export type TransactionPageQuery = z.output<typeof TransactionPageQuery>;

/** A list's shape without the page token: what a query key holds (the token is the infinite query's page param). */
export const TransactionListQuery = z.omit(TransactionPageQuery, { page_token: true });
export type TransactionListInput = z.input<typeof TransactionListQuery>;

/** An empty value in a URL (`?q=`) means the filter is off, not that it is invalid. */
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.optional(
    z.pipe(
      z.transform((value: unknown) => (value === "" ? undefined : value)),
      z.optional(schema),
    ),
  );

const isoDate = z.string().check(z.refine(isIsoDate, "Use a real date written as YYYY-MM-DD."));
/** Bud's category slugs: `food_and_drink`, `coffee`. Whether one exists is checked against the taxonomy server-side. */
export const CategorySlug = z.string().check(z.regex(/^[a-z0-9_]{1,64}$/, "Choose a category from the list."));
/** Bud's account ids are opaque; bounded without assuming a format (as lib/api/params.ts). */
const accountId = z.string().check(z.maxLength(128), z.regex(/^[\w.\-~]+$/, "Choose one of your accounts."));
/** Bud's merchant slug (`netflix`, `pret_a_manger`), as the transaction list filters by it. */
export const MerchantSlug = z.string().check(z.regex(/^[a-z0-9][a-z0-9_-]{0,99}$/, "Choose a merchant from one of your transactions."));
/** A filter amount in pounds: `12`, `12.5`, `12.50`; at most 2 decimal places, below a billion. */
const amount = z.string().check(z.regex(/^\d{1,9}(\.\d{1,2})?$/, "Enter an amount such as 12.50."));

/** The filters, named as in the page URL and in `GET /api/transactions`. */
export const transactionFilterShape = {
  from: optional(isoDate),
  to: optional(isoDate),
  account_id: optional(accountId),
  category_l1: optional(CategorySlug),
  category_l2: optional(CategorySlug),
  direction: optional(z.enum(["in", "out"])),
  status: optional(z.enum(["booked", "pending"])),
  merchant: optional(MerchantSlug),
  amount_min: optional(amount),
  amount_max: optional(amount),
  q: optional(singleLineText({ max: MAX_SEARCH_TEXT, requiredMessage: "Enter something to search for." })),
};
export const TRANSACTION_FILTER_KEYS = Object.keys(transactionFilterShape) as (keyof typeof transactionFilterShape)[];

type FilterFields = { [K in keyof typeof transactionFilterShape]?: string };

/**
 * Free text and amount ranges can only be answered by Bud's search (`GET /search/beta/transactions`); every other
 * filter by the transaction list (`GET /financial/v2/transactions`). lib/transactions.ts holds the full mapping.
 */
export function needsSearch(filters: Pick<FilterFields, "q" | "amount_min" | "amount_max">): boolean {
  return filters.q !== undefined || filters.amount_min !== undefined || filters.amount_max !== undefined;
}

/**
 * The combinations neither Bud endpoint can serve. Search takes at most one of free text, merchant and category
 * (an L2 implies its L1, so both together send only the L2), has no status filter and pages at most 100.
 * The page never offers these (typing a search clears the category and merchant, with a note).
 */
function checkCombination(filters: FilterFields & { page_size?: number }, ctx: z.core.$RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  if (filters.from && filters.to && isIsoDate(filters.from) && isIsoDate(filters.to)) {
    if (filters.from > filters.to) issue("to", "The end date must not be before the start date.");
    else if (rangeDays({ from: filters.from, to: filters.to }) > MAX_RANGE_DAYS) issue("from", "Choose a range of at most five years.");
  }
  if (filters.amount_min !== undefined && filters.amount_max !== undefined && Number(filters.amount_min) > Number(filters.amount_max)) {
    issue("amount_max", "The largest amount must not be below the smallest.");
  }
  if (!needsSearch(filters)) return;
  const why = filters.q !== undefined ? "a search" : "an amount range";
  if (filters.status !== undefined) issue("status", `Booked or pending can’t be combined with ${why}.`);
  if (filters.q !== undefined && filters.merchant !== undefined) issue("merchant", "A merchant can’t be combined with a search.");
  if (filters.q !== undefined && filters.category_l1 !== undefined) issue("category_l1", "A category can’t be combined with a search.");
  if (filters.q !== undefined && filters.category_l2 !== undefined) issue("category_l2", "A category can’t be combined with a search.");
  if (filters.merchant !== undefined && (filters.category_l1 ?? filters.category_l2) !== undefined) {
    issue("merchant", `A merchant and a category can’t be combined with ${why}.`);
  }
  if ((filters.page_size ?? 0) > MAX_SEARCH_PAGE_SIZE) issue("page_size", `Use at most ${MAX_SEARCH_PAGE_SIZE} rows per page with ${why}.`);
}

/** The filters alone: what the page's URL holds and what the export route takes. */
export const TransactionFilterQuery = z.object(transactionFilterShape).check(z.superRefine(checkCombination));
export type TransactionFilterInput = z.input<typeof TransactionFilterQuery>;
export type TransactionFilterQuery = z.output<typeof TransactionFilterQuery>;

/** Filters plus page size: an infinite list's query key (the page token is its page param). */
export const TransactionSearchListQuery = z
  .object({ ...transactionFilterShape, page_size: pageSize })
  .check(z.superRefine(checkCombination));
export type TransactionSearchListInput = z.input<typeof TransactionSearchListQuery>;

/** `GET /api/transactions`: filters, page size and page token. */
export const TransactionSearchQuery = z
  .object({ ...transactionFilterShape, page_size: pageSize, page_token: pageToken })
  .check(z.superRefine(checkCombination));
export type TransactionSearchInput = z.input<typeof TransactionSearchQuery>;
export type TransactionSearchQuery = z.output<typeof TransactionSearchQuery>;

/** Whether any filter is set (the empty state then offers to clear them). */
export function hasFilters(filters: FilterFields): boolean {
  return TRANSACTION_FILTER_KEYS.some((key) => filters[key] !== undefined);
}

/** `GET /api/transactions/suggestions?q=`: what the customer has typed so far. */
export const SearchSuggestionsQuery = z.object({
  q: optional(singleLineText({ max: MAX_SEARCH_TEXT, requiredMessage: "Enter something to search for." })),
});
export type SearchSuggestionsInput = z.input<typeof SearchSuggestionsQuery>;

/*
 * Bud has no call that reads one transaction by id, so a transaction's URL carries what finds it again: the
 * London day it happened, its account and its id, as one path segment `2026-11-28~<account id>~<transaction id>`
 * (`/transactions/<ref>`, `/api/transactions/<ref>`). The account id sits in the middle, so it may hold any of
 * its characters; the transaction id may not hold a tilde.
 */
export interface TransactionLocator {
  date: string;
  accountId: string;
  transactionId: string;
}

export const TransactionRef = z.pipe(
  z.string().check(z.maxLength(300)),
  z.transform((ref: string, ctx): TransactionLocator => {
    const date = ref.slice(0, 10);
    const last = ref.lastIndexOf("~");
    const located = { date, accountId: ref.slice(11, last), transactionId: ref.slice(last + 1) };
    const valid =
      ref[10] === "~" &&
      last > 11 &&
      isIsoDate(date) &&
      accountId.check(z.minLength(1)).safeParse(located.accountId).success &&
      /^[\w.\-]{1,128}$/.test(located.transactionId);
    if (valid) return located;
    addIssue(ctx, "That transaction link isn’t valid.");
    return z.NEVER;
  }),
);
export const TransactionRefParams = z.object({ transactionRef: TransactionRef });

/** The ref of a transaction dated `londonDay` (its calendar day in London). */
export function transactionRef(transaction: { id: string; accountId: string }, londonDay: string): string {
  return `${londonDay}~${transaction.accountId}~${transaction.id}`;
}

/** `POST /api/transactions/<ref>/category`: the new category, for this transaction alone or every similar one. */
export const RecategoriseBody = z.object({
  category_l1: CategorySlug,
  category_l2: z._default(z.nullable(CategorySlug), null),
  include_similar: z.boolean(),
});
export type RecategoriseInput = z.input<typeof RecategoriseBody>;
export type RecategoriseBody = z.output<typeof RecategoriseBody>;
