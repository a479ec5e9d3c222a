import * as z from "@/lib/schemas/zod";
import { addIssue } from "@/lib/schemas/zod";
import { DEFAULT_TRANSACTIONS_PAGE_SIZE, pageSizeProblem } from "@/lib/rules/transaction-page";

/*
 * Which page of a transaction list a route is asked for, built from lib/rules/transaction-page.ts. Apart from the
 * filters (lib/schemas/transactions.ts), so a schema that only pages (a budget's transactions) loads no filter rules.
 */

const pageSize = z._default(
  z.coerce.number().check(
    z.check<number>((payload) => {
      const message = pageSizeProblem(payload.value);
      if (message !== null) addIssue(payload, message);
    }),
  ),
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
