import "server-only";
import { z } from "zod";
import { accountOf } from "@/lib/accounts";
import type { BudCustomer } from "@/lib/bud/client";
import { getCategoryTaxonomy } from "@/lib/bud/category-taxonomy";
import { searchTransactions } from "@/lib/bud/search";
import { listTransactions } from "@/lib/bud/transactions";
import { getBudCustomer } from "@/lib/customer-link";
import type { Page, SearchSuggestion, Transaction, TransactionFilters } from "@/lib/domain";
import { NotFoundError } from "@/lib/errors";
import { rangeInstants } from "@/lib/periods";
import { needsSearch } from "@/lib/rules/transaction-filters";
import type { TransactionPageQuery } from "@/lib/schemas/transaction-page";
import type { TransactionFilterQuery, TransactionSearchQuery } from "@/lib/schemas/transactions";

/*
 * Callers pass parsed queries (lib/schemas/transactions.ts): the route parses the query string, the prefetch
 * parses its own input with the same schema, and nothing upstream starts on input that fails.
 *
 * How our filters reach Bud (`GET /api/transactions` → Bud):
 *
 * | our parameter          | no q / amount: GET /financial/v2/transactions | q or amount: GET /search/beta/transactions |
 * |------------------------|-----------------------------------------------|--------------------------------------------|
 * | from, to (London days) | date_from, date_to (RFC 3339, London edges)   | from, to (same instants; X-Timezone London) |
 * | account_id             | account_id                                    | account_id                                 |
 * | category_l1, _l2       | category_l1, category_l2                      | category_l2 if given, else category_l1     |
 * | direction in/out       | credit_debit_indicator credit/debit           | credit_debit_indicator                     |
 * | status booked/pending  | status                                        | — (400: search has no status filter)       |
 * | merchant (a slug)      | merchant                                      | merchant_name (the slug's words)           |
 * | amount_min, amount_max | — (switches to search)                        | amount_min, amount_max (pounds)            |
 * | q                      | — (switches to search)                        | user_input                                 |
 * | page_size, page_token  | page_size (≤ 200), page_token                 | page_size (≤ 100), page_token              |
 *
 * Search takes at most one of user_input, merchant_name and a category; the schema answers the other
 * combinations with a 400 before anything reaches Bud. Unknown accounts and categories are a 400 too.
 */

/** A page of the user's transactions matching the filters, from whichever Bud endpoint can answer them. */
export async function findTransactions(userId: string, query: TransactionSearchQuery): Promise<Page<Transaction>> {
  const customer = await getBudCustomer(userId);
  const [page] = await Promise.all([
    fetchMatching(customer, query, { size: query.page_size, token: query.page_token }),
    checkFilterValues(customer, query),
  ]);
  return page;
}

/**
 * Every page of the user's matching transactions, one Bud call at a time, for streaming out (the CSV export):
 * only one page is ever held.
 */
export async function* allTransactions(userId: string, filters: TransactionFilterQuery, pageSize: number) {
  const customer = await getBudCustomer(userId);
  await checkFilterValues(customer, filters);
  let token: string | undefined;
  do {
    const page = await fetchMatching(customer, filters, { size: pageSize, token });
    yield page.items;
    token = page.nextPageToken ?? undefined;
  } while (token);
}

/** Bud's suggested searches for what the customer is typing ("Tesco" the merchant, "groceries" the category). */
export async function suggestSearches(userId: string, text: string | undefined): Promise<SearchSuggestion[]> {
  const { suggestions } = await searchTransactions(await getBudCustomer(userId), { userInput: text }, { size: 1 });
  return suggestions;
}

function fetchMatching(customer: BudCustomer, filters: TransactionFilterQuery, page: { size: number; token?: string }) {
  const from = filters.from ? rangeInstants({ from: filters.from, to: filters.from }).from : undefined;
  const to = filters.to ? rangeInstants({ from: filters.to, to: filters.to }).to : undefined;
  const direction = filters.direction && ({ in: "credit", out: "debit" } as const)[filters.direction];
  if (needsSearch(filters)) {
    return searchPage(customer, filters, page, { from, to, direction });
  }
  return listTransactions(
    customer,
    {
      accountId: filters.account_id,
      from,
      to,
      categoryL1: filters.category_l1,
      categoryL2: filters.category_l2,
      merchant: filters.merchant,
      direction,
      status: filters.status,
    },
    page,
  );
}

async function searchPage(
  customer: BudCustomer,
  filters: TransactionFilterQuery,
  page: { size: number; token?: string },
  edges: { from?: string; to?: string; direction?: "credit" | "debit" },
): Promise<Page<Transaction>> {
  const { items, nextPageToken } = await searchTransactions(
      customer,
      {
        userInput: filters.q,
        // Search matches merchants by name; a slug's words match the name's ("pret_a_manger" → "pret a manger").
        merchantName: filters.merchant?.replace(/[_-]+/g, " "),
        // An L2 names its L1 too, and search takes only one of them.
        categoryL1: filters.category_l2 ? undefined : filters.category_l1,
        categoryL2: filters.category_l2,
        accountId: filters.account_id,
        amountMin: filters.amount_min,
        amountMax: filters.amount_max,
        ...edges,
      },
      page,
  );
  return { items, nextPageToken };
}

const invalid = (field: string, message: string) => new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]);

/**
 * Bud filters by an unknown account or category without complaint (an empty list); we say which filter is wrong
 * instead. Someone else's account id is "unknown" here too: it never reaches Bud with another customer's headers.
 */
async function checkFilterValues(customer: BudCustomer, filters: TransactionFilterQuery): Promise<void> {
  const { account_id: accountId, category_l1: l1, category_l2: l2 } = filters;
  await Promise.all([
    accountId &&
      accountOf(customer, accountId).catch((error: unknown) => {
        throw error instanceof NotFoundError ? invalid("account_id", "Choose one of your accounts.") : error;
      }),
    (l1 || l2) &&
      getCategoryTaxonomy().then((taxonomy) => {
        const parent = l1 ? taxonomy.find((category) => category.slug === l1) : undefined;
        if (l1 && !parent) throw invalid("category_l1", "Choose a category from the list.");
        const known = parent ? parent.subcategories : taxonomy.flatMap((category) => category.subcategories);
        if (l2 && !known.includes(l2)) throw invalid("category_l2", "Choose a subcategory from the list.");
      }),
  ]);
}

/**
 * A page of the user's transactions across every account (Overview's recent activity). Bud scopes every list to
 * the customer, so filters can only narrow the user's own data.
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
