/**
 * The React Query builders of the overview's and an account's transaction lists, keyed by the checked request as
 * lib/request-queries.ts's are (the key holds the defaults the route applies, the URL is built from the same checked
 * object). Checked with lib/rules/transaction-page.ts rather than the routes' zod schema (built from the same rule),
 * so these pages load no zod for them; the /transactions page's filtered builders are in
 * lib/transaction-filter-queries.ts. lib/prefetch.ts prefetches these keys too.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import { accountPath, type TransactionPage } from "@/lib/queries";
import { pageSizeProblem, toPageSize } from "@/lib/rules/transaction-page";
import { toSearchParams } from "@/lib/schemas/search-params";

/** How many rows a page holds, as a caller or a URL writes it (the default when left out). */
export interface ListPageInput {
  page_size?: number | string | undefined;
}

/** The page size as the route will parse it, or an error when the route would refuse it: it is never sent. */
function pageQuery(input: ListPageInput): { page_size: number } {
  const page_size = toPageSize(input.page_size);
  const problem = pageSizeProblem(page_size);
  if (problem !== null) throw new Error(`A page size the route would refuse: ${problem}`);
  return { page_size };
}

/** The first page of the user's transactions across every account: Overview's recent activity. */
export const transactionsQuery = (input: ListPageInput) => {
  const query = pageQuery(input);
  return queryOptions({
    queryKey: ["transactions", query] as const,
    queryFn: () => apiFetch<TransactionPage>(`/api/transactions?${toSearchParams(query)}`),
  });
};

/** One account's transactions, a page at a time; the page token is the page param, not part of the key. */
export const accountTransactionsQuery = (accountId: string, input: ListPageInput = {}) => {
  const query = pageQuery(input);
  return infiniteQueryOptions({
    queryKey: ["accounts", accountId, "transactions", query] as const,
    queryFn: ({ pageParam }) =>
      apiFetch<TransactionPage>(`${accountPath(accountId)}/transactions?${toSearchParams({ ...query, page_token: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
};
