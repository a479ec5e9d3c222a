/**
 * The React Query builders of the transaction lists, keyed by the parsed request as lib/request-queries.ts's are
 * (the key holds the defaults the route applies, the URL is built from the same parsed object). Apart from those so
 * the /transactions page loads only the transaction schemas (zod/mini); lib/prefetch.ts prefetches these keys too.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import type { SearchSuggestion } from "@/lib/domain";
import { accountPath, type TransactionPage } from "@/lib/queries";
import type { TransactionTotals } from "@/lib/insights/filter-totals";
import { toSearchParams } from "@/lib/schemas/search-params";
import {
  SearchSuggestionsQuery,
  TransactionFilterQuery,
  TransactionListQuery,
  TransactionSearchListQuery,
  type SearchSuggestionsInput,
  type TransactionFilterInput,
  type TransactionListInput,
  type TransactionSearchListInput,
} from "@/lib/schemas/transactions";

/** The first page of the user's transactions across every account: Overview's recent activity. */
export const transactionsQuery = (input: TransactionListInput) => {
  const query = TransactionListQuery.parse(input);
  return queryOptions({
    queryKey: ["transactions", query] as const,
    queryFn: () => apiFetch<TransactionPage>(`/api/transactions?${toSearchParams(query)}`),
  });
};

/** One account's transactions, a page at a time; the page token is the page param, not part of the key. */
export const accountTransactionsQuery = (accountId: string, input: TransactionListInput = {}) => {
  const query = TransactionListQuery.parse(input);
  return infiniteQueryOptions({
    queryKey: ["accounts", accountId, "transactions", query] as const,
    queryFn: ({ pageParam }) =>
      apiFetch<TransactionPage>(`${accountPath(accountId)}/transactions?${toSearchParams({ ...query, page_token: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
};

/** The /transactions list for a set of filters, a page at a time by Bud's page token. */
export const transactionListQuery = (input: TransactionSearchListInput) => {
  const query = TransactionSearchListQuery.parse(input);
  return infiniteQueryOptions({
    queryKey: ["transactions", "list", query] as const,
    queryFn: ({ pageParam }) =>
      apiFetch<TransactionPage>(`/api/transactions?${toSearchParams({ ...query, page_token: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
};

/** What the /transactions filters add up to; under "transactions", so a recategorisation refreshes it with the rows. */
export const transactionTotalsQuery = (input: TransactionFilterInput) => {
  const query = TransactionFilterQuery.parse(input);
  return queryOptions({
    queryKey: ["transactions", "totals", query] as const,
    queryFn: () => apiFetch<TransactionTotals>(`/api/transactions/totals?${toSearchParams(query)}`),
  });
};

/** What Bud suggests for the text in the search box. */
export const searchSuggestionsQuery = (input: SearchSuggestionsInput) => {
  const query = SearchSuggestionsQuery.parse(input);
  return queryOptions({
    queryKey: ["transactions", "suggestions", query] as const,
    queryFn: () => apiFetch<SearchSuggestion[]>(`/api/transactions/suggestions?${toSearchParams(query)}`),
    staleTime: 60 * 1000,
  });
};
