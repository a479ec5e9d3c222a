import * as z from "@/lib/schemas/zod";
import { addIssue } from "@/lib/schemas/zod";
import { choiceSchema, ruleSchema } from "@/lib/schemas/rule";
import {
  accountIdRule,
  amountRule,
  categorySlugRule,
  combinationProblems,
  DIRECTIONS,
  isoDateRule,
  merchantSlugRule,
  searchTextRule,
  STATUSES,
  type ValidFilters,
} from "@/lib/rules/transaction-filters";
import { locateTransaction, type TransactionLocator } from "@/lib/rules/transaction-ref";
import { TransactionListQuery, TransactionPageQuery } from "@/lib/schemas/transaction-page";

/*
 * The query strings and bodies of our transaction routes, as zod schemas built from the rules in
 * lib/rules/transaction-filters.ts and lib/rules/transaction-ref.ts, so a route refuses exactly what the
 * /transactions page's own check (without zod) refuses, with the same messages. lib/prefetch.ts parses with these
 * on the server; the browser's query builders (lib/transaction-filter-queries.ts) check with the rules themselves.
 */

/** An empty value in a URL (`?q=`) means the filter is off, not that it is invalid. */
const optional = <T extends z.ZodMiniType>(schema: T) =>
  z.optional(
    z.pipe(
      z.transform((value: unknown) => (value === "" ? undefined : value)),
      z.optional(schema),
    ),
  );

/** Bud's category slugs: `food_and_drink`, `coffee`. Whether one exists is checked against the taxonomy server-side. */
export const CategorySlug = ruleSchema(categorySlugRule);
/** Bud's merchant slug (`netflix`, `pret_a_manger`), as the transaction list filters by it. */
export const MerchantSlug = ruleSchema(merchantSlugRule);

/** The filters, named as in the page URL and in `GET /api/transactions`. */
const transactionFilterShape = {
  from: optional(ruleSchema(isoDateRule)),
  to: optional(ruleSchema(isoDateRule)),
  account_id: optional(ruleSchema(accountIdRule)),
  category_l1: optional(CategorySlug),
  category_l2: optional(CategorySlug),
  direction: optional(choiceSchema(DIRECTIONS)),
  status: optional(choiceSchema(STATUSES)),
  merchant: optional(MerchantSlug),
  amount_min: optional(ruleSchema(amountRule)),
  amount_max: optional(ruleSchema(amountRule)),
  q: optional(ruleSchema(searchTextRule)),
};

/** The combinations neither Bud endpoint can serve (lib/rules/transaction-filters.ts), as issues on their fields. */
const checkCombination = z.superRefine((filters: ValidFilters & { page_size?: number }, ctx) => {
  for (const { field, message } of combinationProblems(filters)) ctx.addIssue({ code: "custom", path: [field], message });
});

/** The filters alone: what the page's URL holds and what the export route takes. */
export const TransactionFilterQuery = z.object(transactionFilterShape).check(checkCombination);
export type TransactionFilterInput = z.input<typeof TransactionFilterQuery>;
export type TransactionFilterQuery = z.output<typeof TransactionFilterQuery>;

/** Filters plus page size: an infinite list's query key (the page token is its page param). */
export const TransactionSearchListQuery = z.object({ ...transactionFilterShape, ...TransactionListQuery.shape }).check(checkCombination);
export type TransactionSearchListInput = z.input<typeof TransactionSearchListQuery>;

/** `GET /api/transactions`: filters, page size and page token. */
export const TransactionSearchQuery = z
  .object({ ...transactionFilterShape, ...TransactionPageQuery.shape })
  .check(checkCombination);
export type TransactionSearchInput = z.input<typeof TransactionSearchQuery>;
export type TransactionSearchQuery = z.output<typeof TransactionSearchQuery>;

/** `GET /api/transactions/suggestions?q=`: what the customer has typed so far. */
export const SearchSuggestionsQuery = z.object({ q: optional(ruleSchema(searchTextRule)) });
export type SearchSuggestionsInput = z.input<typeof SearchSuggestionsQuery>;

/** A transaction's ref (lib/rules/transaction-ref.ts), read back into what finds it. */
export const TransactionRef = z.pipe(
  z.string(),
  z.transform((ref: string, ctx): TransactionLocator => {
    const located = locateTransaction(ref);
    if (located !== null) return located;
    addIssue(ctx, "That transaction link isn’t valid.");
    return z.NEVER;
  }),
);
export const TransactionRefParams = z.object({ transactionRef: TransactionRef });

/** `POST /api/transactions/<ref>/category`: the new category, for this transaction alone or every similar one. */
export const RecategoriseBody = z.object({
  category_l1: CategorySlug,
  category_l2: z._default(z.nullable(CategorySlug), null),
  include_similar: z.boolean(),
});
export type RecategoriseBody = z.output<typeof RecategoriseBody>;
