import { z } from "zod";

/*
 * The query string of our transaction list routes, parsed by the routes and used by the query builders in
 * lib/queries.ts to build keys and URLs (and by the filter forms to come). Browser-safe.
 */

/** Bud's largest page of transactions (`GET /financial/v2/transactions`). */
export const MAX_TRANSACTIONS_PAGE_SIZE = 200;
export const DEFAULT_TRANSACTIONS_PAGE_SIZE = 50;

/** Which page of a list: how many rows, and Bud's opaque token for where the previous page ended. */
export const TransactionPageQuery = z.object({
  page_size: z.coerce.number().int().min(1).max(MAX_TRANSACTIONS_PAGE_SIZE).default(DEFAULT_TRANSACTIONS_PAGE_SIZE),
  page_token: z
    .string()
    .max(2048)
    .regex(/^[\w\-=.~]+$/, "Invalid page token")
    .optional(),
});
/** What a caller may write (strings from a URL, defaults left out). */
export type TransactionPageInput = z.input<typeof TransactionPageQuery>;
/** What lib/ functions receive: parsed, defaults filled in. */
export type TransactionPageQuery = z.output<typeof TransactionPageQuery>;

/** A list's shape without the page token: what a query key holds (the token is the infinite query's page param). */
export const TransactionListQuery = TransactionPageQuery.omit({ page_token: true });
export type TransactionListInput = z.input<typeof TransactionListQuery>;
