import "server-only";
import { z } from "zod";
import { accountOf } from "@/lib/accounts";
import type { BudCustomer } from "@/lib/bud/client";
import { listTransactions, MAX_TRANSACTIONS_PAGE_SIZE } from "@/lib/bud/transactions";
import { getBudCustomer } from "@/lib/customer-link";
import type { Page, Transaction, TransactionFilters } from "@/lib/domain";

/** Query string of our transaction list routes: page size within Bud's bounds, an opaque page token. */
export const TransactionPageQuery = z.object({
  page_size: z.coerce.number().int().min(1).max(MAX_TRANSACTIONS_PAGE_SIZE).default(50),
  page_token: z
    .string()
    .max(2048)
    .regex(/^[\w\-=.~]+$/, "Invalid page token")
    .optional(),
});
export type TransactionPageQuery = z.input<typeof TransactionPageQuery>;

/**
 * A page of the user's transactions. Bud scopes every list to the customer, so filters (an account id
 * included) can only narrow the user's own data. The query is raw request input, validated here once.
 */
export async function getTransactionsPage(
  userId: string,
  filters: TransactionFilters,
  query: TransactionPageQuery,
): Promise<Page<Transaction>> {
  return listPage(await getBudCustomer(userId), filters, query);
}

/**
 * One account's transactions. The account is looked up alongside, so someone else's account id is a 404
 * rather than an empty list (Bud filters by account id without complaint).
 */
export async function getAccountTransactions(
  userId: string,
  accountId: string,
  query: TransactionPageQuery,
): Promise<Page<Transaction>> {
  const customer = await getBudCustomer(userId);
  const [, page] = await Promise.all([accountOf(customer, accountId), listPage(customer, { accountId }, query)]);
  return page;
}

function listPage(customer: BudCustomer, filters: TransactionFilters, query: TransactionPageQuery) {
  const { page_size, page_token } = TransactionPageQuery.parse(query);
  return listTransactions(customer, filters, { size: page_size, token: page_token });
}
