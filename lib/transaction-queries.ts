/**
 * The React Query builders of the transaction lists, keyed by the checked request as lib/request-queries.ts's are
 * (the key holds the defaults the route applies, the URL is built from the same checked object). Apart from those,
 * and checked with lib/rules/transaction-filters.ts rather than the routes' zod schemas (built from the same rules),
 * so the /transactions page loads no zod at all; lib/prefetch.ts prefetches these keys too.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import type { SearchSuggestion } from "@/lib/domain";
import { accountPath, type TransactionPage } from "@/lib/queries";
import type { TransactionTotals } from "@/lib/insights/filter-totals";
import {
  checkTransactionFilters,
  toPageSize,
  type TransactionFilters,
  type TransactionFilterStrings,
} from "@/lib/rules/transaction-filters";
import { toSearchParams } from "@/lib/schemas/search-params";

/** How many rows a page holds, as a caller or a URL writes it (the default when left out). */
export interface TransactionListInput {
  page_size?: number | string | undefined;
}
export type TransactionSearchListInput = TransactionFilterStrings & TransactionListInput;

/**
 * The filters (and page size) as the route will parse them, or an error when the route would refuse them: a
 * request that can only fail is never sent.
 */
function checkedQuery(filters: TransactionFilterStrings, pageSize?: number): TransactionFilters {
  const checked = checkTransactionFilters(filters, pageSize);
  if (!checked.ok) {
    throw new Error(`A transaction query the route would refuse: ${checked.problems.map(({ field, message }) => `${field}: ${message}`).join(" ")}`);
  }
  return checked.filters;
}

function pageQuery(input: TransactionListInput): { page_size: number } {
  const page_size = toPageSize(input.page_size);
  checkedQuery({}, page_size);
  return { page_size };
}

/** The first page of the user's transactions across every account: Overview's recent activity. */
export const transactionsQuery = (input: TransactionListInput) => {
  const query = pageQuery(input);
  return queryOptions({
    queryKey: ["transactions", query] as const,
    queryFn: () => apiFetch<TransactionPage>(`/api/transactions?${toSearchParams(query)}`),
  });
};

/** One account's transactions, a page at a time; the page token is the page param, not part of the key. */
export const accountTransactionsQuery = (accountId: string, input: TransactionListInput = {}) => {
  const query = pageQuery(input);
  return infiniteQueryOptions({
    queryKey: ["accounts", accountId, "transactions", query] as const,
    queryFn: ({ pageParam }) =>
      apiFetch<TransactionPage>(`${accountPath(accountId)}/transactions?${toSearchParams({ ...query, page_token: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
};

/** The /transactions list for a set of filters, a page at a time by Bud's page token. */
export const transactionListQuery = ({ page_size, ...filters }: TransactionSearchListInput) => {
  const size = toPageSize(page_size);
  const query = { ...checkedQuery(filters, size), page_size: size };
  return infiniteQueryOptions({
    queryKey: ["transactions", "list", query] as const,
    queryFn: ({ pageParam }) =>
      apiFetch<TransactionPage>(`/api/transactions?${toSearchParams({ ...query, page_token: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
};

/** What the /transactions filters add up to; under "transactions", so a recategorisation refreshes it with the rows. */
export const transactionTotalsQuery = (filters: TransactionFilterStrings) => {
  const query = checkedQuery(filters);
  return queryOptions({
    queryKey: ["transactions", "totals", query] as const,
    queryFn: () => apiFetch<TransactionTotals>(`/api/transactions/totals?${toSearchParams(query)}`),
  });
};

/** What Bud suggests for the text in the search box. */
export const searchSuggestionsQuery = (input: { q?: string | undefined }) => {
  const query = checkedQuery({ q: input.q });
  return queryOptions({
    queryKey: ["transactions", "suggestions", query] as const,
    queryFn: () => apiFetch<SearchSuggestion[]>(`/api/transactions/suggestions?${toSearchParams(query)}`),
    staleTime: 60 * 1000,
  });
};
