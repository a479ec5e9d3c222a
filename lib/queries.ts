/**
 * Every React Query key and fetcher, defined once. Server components prefetch with the same options
 * (passing a server-side `queryFn` through `withServerFn`), and client widgets call `useQuery` on them.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import type { Account, Page, Transaction } from "@/lib/domain";

export const RECENT_TRANSACTIONS = 10;
export const TRANSACTIONS_PAGE_SIZE = 50;

export const accountsQuery = () =>
  queryOptions({
    queryKey: ["accounts"] as const,
    queryFn: () => apiFetch<Account[]>("/api/accounts"),
  });

export const accountQuery = (accountId: string) =>
  queryOptions({
    queryKey: ["accounts", accountId] as const,
    queryFn: () => apiFetch<Account>(`/api/accounts/${encodeURIComponent(accountId)}`),
  });

export const recentTransactionsQuery = () =>
  queryOptions({
    queryKey: ["transactions", "recent", RECENT_TRANSACTIONS] as const,
    queryFn: () => apiFetch<Page<Transaction>>(`/api/transactions?page_size=${RECENT_TRANSACTIONS}`),
  });

export const accountTransactionsQuery = (accountId: string) =>
  infiniteQueryOptions({
    queryKey: ["accounts", accountId, "transactions"] as const,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams({ page_size: String(TRANSACTIONS_PAGE_SIZE) });
      if (pageParam) params.set("page_token", pageParam);
      return apiFetch<Page<Transaction>>(`/api/accounts/${encodeURIComponent(accountId)}/transactions?${params}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
