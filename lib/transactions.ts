import "server-only";
import { z } from "zod";
import { getAccount } from "@/lib/accounts";
import { listTransactions, MAX_TRANSACTIONS_PAGE_SIZE } from "@/lib/bud/transactions";
import { getBudCustomer } from "@/lib/customer-link";
import type { Page, Transaction } from "@/lib/domain";

/** Query string of our transaction list routes: page size within Bud's bounds, an opaque page token. */
export const TransactionPageQuery = z.object({
  page_size: z.coerce.number().int().min(1).max(MAX_TRANSACTIONS_PAGE_SIZE).default(50),
  page_token: z
    .string()
    .max(2048)
    .regex(/^[\w\-=.~]+$/, "Invalid page token")
    .optional(),
});
export type TransactionPageQuery = z.infer<typeof TransactionPageQuery>;

/** The newest transactions across all of the user's accounts. */
export async function getRecentTransactions(userId: string, query: TransactionPageQuery): Promise<Page<Transaction>> {
  return listTransactions(await getBudCustomer(userId), {}, { size: query.page_size, token: query.page_token });
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
  const [, page] = await Promise.all([
    getAccount(userId, accountId),
    listTransactions(customer, { accountId }, { size: query.page_size, token: query.page_token }),
  ]);
  return page;
}
