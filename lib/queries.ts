/**
 * Every React Query key and browser fetcher, defined once. Keys start with the resource and end with the parsed
 * request (lib/schemas), and URLs are built from that same parsed object, never by hand. Client widgets call
 * `useSuspenseQuery` on these; server pages prefetch the same keys through lib/prefetch.ts, which pairs each
 * builder here with the lib/ function its route handler calls.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import { Account, pageOf, Transaction } from "@/lib/domain";
import { toSearchParams } from "@/lib/schemas/search-params";
import { Connection, JourneyView } from "@/lib/schemas/connect";
import { TransactionListQuery, type TransactionListInput } from "@/lib/schemas/transactions";

export const RECENT_TRANSACTIONS = 10;

const AccountList = Account.array();
const TransactionPage = pageOf(Transaction);

const accountPath = (accountId: string) => `/api/accounts/${encodeURIComponent(accountId)}`;

export const accountsQuery = () =>
  queryOptions({
    queryKey: ["accounts"] as const,
    queryFn: () => apiFetch("/api/accounts", AccountList),
  });

export const accountQuery = (accountId: string) =>
  queryOptions({
    queryKey: ["accounts", accountId] as const,
    queryFn: () => apiFetch(accountPath(accountId), Account),
  });

/** The first page of the user's transactions across every account: Overview's recent activity. */
export const transactionsQuery = (input: TransactionListInput) => {
  const query = TransactionListQuery.parse(input);
  return queryOptions({
    queryKey: ["transactions", query] as const,
    queryFn: () => apiFetch(`/api/transactions?${toSearchParams(query)}`, TransactionPage),
  });
};

/** One account's transactions, a page at a time; the page token is the page param, not part of the key. */
export const accountTransactionsQuery = (accountId: string, input: TransactionListInput = {}) => {
  const query = TransactionListQuery.parse(input);
  return infiniteQueryOptions({
    queryKey: ["accounts", accountId, "transactions", query] as const,
    queryFn: ({ pageParam }) =>
      apiFetch(
        `${accountPath(accountId)}/transactions?${toSearchParams({ ...query, page_token: pageParam })}`,
        TransactionPage,
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
};

// Bud Connect
export const journeyQuery = (journeyId: string) =>
  queryOptions({
    queryKey: ["connect-journeys", journeyId] as const,
    queryFn: () => apiFetch(`/api/connect/journeys/${encodeURIComponent(journeyId)}`, JourneyView),
  });

const ConnectionList = Connection.array();

export const connectionsQuery = () =>
  queryOptions({
    queryKey: ["connections"] as const,
    queryFn: () => apiFetch("/api/connections", ConnectionList),
  });
