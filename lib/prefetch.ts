import "server-only";
import { dehydrate, type DehydratedState } from "@tanstack/react-query";
import { getAccount, getAccounts } from "@/lib/accounts";
import type { CurrentUser } from "@/lib/auth/session";
import type { Account } from "@/lib/domain";
import { getQueryClient } from "@/lib/get-query-client";
import { accountQuery, accountsQuery, accountTransactionsQuery, connectionsQuery, journeyQuery, transactionsQuery } from "@/lib/queries";
import { getConnections } from "@/lib/connections";
import { journeyProgress } from "@/lib/connect/progress";
import type { JourneyView } from "@/lib/schemas/connect";
import { TransactionListQuery, type TransactionListInput } from "@/lib/schemas/transactions";
import { getAccountTransactions, getTransactionsPage } from "@/lib/transactions";

/**
 * The server half of lib/queries.ts: each query paired, once, with the lib/ function its route handler calls,
 * given the same parsed input. A page names the queries it needs and renders at once; the widgets suspend on
 * their own queries and stream in as each loader settles (TanStack's nextjs-app-prefetching pattern).
 *
 * Methods that return nothing start a prefetch without waiting for it (prefetch promises never reject; a
 * failure reaches the widget's error boundary, redacted, and the browser retries through the API).
 */
export function prefetcher(user: CurrentUser) {
  const queryClient = getQueryClient();
  return {
    accounts(): void {
      void queryClient.prefetchQuery({ ...accountsQuery(), queryFn: () => getAccounts(user.id) });
    },

    /**
     * Awaited, for a page whose answer depends on the account: rejects with NotFoundError for an unknown or
     * someone else's id (the page's 404), or with the upstream error (the widget then fetches it itself).
     */
    account(accountId: string): Promise<Account> {
      return queryClient.fetchQuery({ ...accountQuery(accountId), queryFn: () => getAccount(user.id, accountId) });
    },

    transactions(input: TransactionListInput): void {
      const query = TransactionListQuery.parse(input);
      void queryClient.prefetchQuery({
        ...transactionsQuery(query),
        queryFn: () => getTransactionsPage(user.id, {}, query),
      });
    },

    /** The first page; later pages come from the browser. */
    accountTransactions(accountId: string, input: TransactionListInput = {}): void {
      const query = TransactionListQuery.parse(input);
      void queryClient.prefetchInfiniteQuery({
        ...accountTransactionsQuery(accountId, query),
        queryFn: () => getAccountTransactions(user.id, accountId, query),
      });
    },

    // Bud Connect
    /** Awaited: an unknown or someone else's journey is the page's 404 (NotFoundError). */
    journey(journeyId: string): Promise<JourneyView> {
      return queryClient.fetchQuery({ ...journeyQuery(journeyId), queryFn: () => journeyProgress(user.id, journeyId) });
    },

    connections(): void {
      void queryClient.prefetchQuery({ ...connectionsQuery(), queryFn: () => getConnections(user.id) });
    },

    /** What the page hands to <HydrationBoundary>: settled and still pending queries alike. */
    dehydrate(): DehydratedState {
      return dehydrate(queryClient);
    },
  };
}
