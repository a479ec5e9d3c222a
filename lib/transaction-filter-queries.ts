/**
 * The React Query builders of the /transactions page (the filtered list, its totals, the search box's suggestions),
 * keyed by the checked request (the key holds the defaults the route applies, the URL is built from the same checked
 * object). Checked with lib/rules/transaction-filters.ts rather than the routes' zod schemas (built from the same
 * rules), so the page loads no zod at all; lib/prefetch.ts prefetches these keys too.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import type { SearchSuggestion } from "@/lib/domain";
import type { TransactionTotals } from "@/lib/insights/filter-totals";
import type { TransactionPage } from "@/lib/queries";
import { checkTransactionFilters, type TransactionFilterStrings, type ValidFilters } from "@/lib/rules/transaction-filters";
import { toPageSize } from "@/lib/rules/transaction-page";
import { toSearchParams } from "@/lib/schemas/search-params";

/** The filters and how many rows a page holds, as a caller or a URL writes them. */
export type TransactionSearchListInput = TransactionFilterStrings & { page_size?: number | string | undefined };

/**
 * The filters (and page size) as the route will parse them, or an error when the route would refuse them: a
 * request that can only fail is never sent.
 */
function checkedQuery(filters: TransactionFilterStrings, pageSize?: number): ValidFilters {
  const checked = checkTransactionFilters(filters, pageSize);
  if (!checked.ok) {
    throw new Error(`A transaction query the route would refuse: ${checked.problems.map(({ field, message }) => `${field}: ${message}`).join(" ")}`);
  }
  return checked.filters;
}

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
