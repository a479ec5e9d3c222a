import "server-only";
import { accountOf } from "@/lib/accounts";
import type { BudCustomer } from "@/lib/bud/client";
import { listTransactions } from "@/lib/bud/transactions";
import { getBudCustomer } from "@/lib/customer-link";
import type { Page, Transaction, TransactionFilters } from "@/lib/domain";
import type { TransactionPageQuery } from "@/lib/schemas/transactions";

/*
 * Callers pass a parsed TransactionPageQuery (lib/schemas/transactions.ts): the route parses the query string,
 * the prefetch parses its own input with the same schema, and nothing upstream starts on input that fails.
 */

/**
 * A page of the user's transactions. Bud scopes every list to the customer, so filters (an account id
 * included) can only narrow the user's own data.
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

function listPage(customer: BudCustomer, filters: TransactionFilters, { page_size, page_token }: TransactionPageQuery) {
  return listTransactions(customer, filters, { size: page_size, token: page_token });
}
