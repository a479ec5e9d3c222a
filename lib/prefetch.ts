import "server-only";
import { dehydrate, hashKey, type DehydratedState } from "@tanstack/react-query";
import { getAccount, getAccounts } from "@/lib/accounts";
import type { CurrentUser } from "@/lib/auth/session";
import type { Account, Budget, Transaction } from "@/lib/domain";
import { getQueryClient } from "@/lib/get-query-client";
import { listPaymentProviders, listPayments, paymentView } from "@/lib/payments/views";
import { getCategoryTaxonomy } from "@/lib/bud/category-taxonomy";
import { getBudgetSuggestions } from "@/lib/budget-options";
import { getBudget, getBudgets, getBudgetTransactions } from "@/lib/budgets";
import { journeyProgress } from "@/lib/connect/progress";
import { getConnections } from "@/lib/connections";
import { getGoals } from "@/lib/goals";
import {
  getBalanceHistory,
  getCategoryFlows,
  getEssentialSplit,
  getMerchantTotals,
  getMonthComparison,
  getSpendingTrends,
  getTransactionTotals,
  getUpcoming,
} from "@/lib/insights/loaders";
import {
  accountQuery,
  accountsQuery,
  budgetsQuery,
  budgetSuggestionsQuery,
  categoryTaxonomyQuery,
  connectionsQuery,
  goalsQuery,
  journeyQuery,
  monthComparisonQuery,
  paymentProvidersQuery,
  paymentQuery,
  paymentsQuery,
  transactionQuery,
  upcomingQuery,
} from "@/lib/queries";
import {
  balanceHistoryQuery,
  budgetQuery,
  budgetTransactionsQuery,
  categoryFlowsQuery,
  essentialSplitQuery,
  merchantTotalsQuery,
  spendingTrendsQuery,
} from "@/lib/request-queries";
import { transactionListQuery, transactionTotalsQuery } from "@/lib/transaction-filter-queries";
import { accountTransactionsQuery, transactionsQuery } from "@/lib/transaction-queries";
import { BudgetDayQuery, BudgetTransactionsListQuery, type BudgetTransactionsListInput } from "@/lib/schemas/budgets";
import type { JourneyView } from "@/lib/schemas/connect";
import { BalanceHistoryQuery, InsightQuery, PeriodQuery } from "@/lib/schemas/insights";
import { PaymentListQuery, type PaymentView } from "@/lib/schemas/payments";
import { TransactionListQuery, type TransactionListInput } from "@/lib/schemas/transaction-page";
import {
  TransactionFilterQuery,
  TransactionRef,
  TransactionSearchListQuery,
  type TransactionFilterInput,
  type TransactionSearchListInput,
} from "@/lib/schemas/transactions";
import { getTransaction } from "@/lib/transaction-detail";
import { findTransactions, getAccountTransactions, getTransactionsPage } from "@/lib/transactions";

/** The queries settledLookups() hands over on their own. */
const LOOKUP_HASHES = new Set([accountsQuery(), categoryTaxonomyQuery()].map((query) => hashKey(query.queryKey)));

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
  const prefetchAccounts = () => queryClient.prefetchQuery({ ...accountsQuery(), queryFn: () => getAccounts(user.id) });
  const prefetchCategoryTaxonomy = () => queryClient.prefetchQuery({ ...categoryTaxonomyQuery(), queryFn: () => getCategoryTaxonomy() });
  return {
    accounts(): void {
      void prefetchAccounts();
    },

    /**
     * Awaited: the lookups (the accounts and the category taxonomy) alone, dehydrated once they are in (a failed
     * one is left out: the browser then asks for it itself). For a <HydrationBoundary> around client components
     * that name accounts or categories through useQuery, which does not suspend: handed over pending, a lookup
     * could land on either side of hydration, and the server's render (without it) and the browser's first render
     * (with it) would differ. The page's own boundary must then leave them out: `dehydrate({ withoutLookups: true })`.
     */
    async settledLookups(): Promise<DehydratedState> {
      await Promise.all([prefetchAccounts(), prefetchCategoryTaxonomy()]);
      return dehydrate(queryClient, { shouldDehydrateQuery: (query) => LOOKUP_HASHES.has(query.queryHash) && query.state.status === "success" });
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

    // Transactions at scale (/transactions)
    /** The filtered list's first page; later pages come from the browser. */
    transactionList(input: TransactionSearchListInput): void {
      const query = TransactionSearchListQuery.parse(input);
      void queryClient.prefetchInfiniteQuery({
        ...transactionListQuery(query),
        queryFn: () => findTransactions(user.id, query),
      });
    },

    /** What the list's filters add up to. */
    transactionTotals(input: TransactionFilterInput): void {
      const query = TransactionFilterQuery.parse(input);
      void queryClient.prefetchQuery({ ...transactionTotalsQuery(query), queryFn: () => getTransactionTotals(user.id, query) });
    },

    categoryTaxonomy(): void {
      void prefetchCategoryTaxonomy();
    },

    /** Awaited: a page for an unknown or someone else's transaction is a 404 (rejects with NotFoundError). */
    transaction(ref: string): Promise<Transaction> {
      return queryClient.fetchQuery({
        ...transactionQuery(ref),
        queryFn: () => getTransaction(user.id, TransactionRef.parse(ref)),
      });
    },

    // Spending insights and balances over time
    categoryFlows(input: InsightQuery): void {
      const query = InsightQuery.parse(input);
      void queryClient.prefetchQuery({ ...categoryFlowsQuery(query), queryFn: () => getCategoryFlows(user.id, query) });
    },

    monthComparison(): void {
      void queryClient.prefetchQuery({ ...monthComparisonQuery(), queryFn: () => getMonthComparison(user.id) });
    },

    balanceHistory(input: BalanceHistoryQuery): void {
      const query = BalanceHistoryQuery.parse(input);
      void queryClient.prefetchQuery({ ...balanceHistoryQuery(query), queryFn: () => getBalanceHistory(user.id, query) });
    },

    merchantTotals(input: PeriodQuery): void {
      const query = PeriodQuery.parse(input);
      void queryClient.prefetchQuery({ ...merchantTotalsQuery(query), queryFn: () => getMerchantTotals(user.id, query) });
    },

    spendingTrends(input: InsightQuery): void {
      const query = InsightQuery.parse(input);
      void queryClient.prefetchQuery({ ...spendingTrendsQuery(query), queryFn: () => getSpendingTrends(user.id, query) });
    },

    essentialSplit(input: InsightQuery): void {
      const query = InsightQuery.parse(input);
      void queryClient.prefetchQuery({ ...essentialSplitQuery(query), queryFn: () => getEssentialSplit(user.id, query) });
    },

    upcoming(): void {
      void queryClient.prefetchQuery({ ...upcomingQuery(), queryFn: () => getUpcoming(user.id) });
    },

    // Budgets and savings goals
    budgets(): void {
      void queryClient.prefetchQuery({ ...budgetsQuery(), queryFn: () => getBudgets(user.id) });
    },

    budgetSuggestions(): void {
      void queryClient.prefetchQuery({ ...budgetSuggestionsQuery(), queryFn: () => getBudgetSuggestions(user.id) });
    },

    /** Awaited, as account(): an unknown or someone else's budget rejects with NotFoundError (the page's 404). */
    budget(budgetId: string, input: BudgetDayQuery = {}): Promise<Budget> {
      const query = BudgetDayQuery.parse(input);
      return queryClient.fetchQuery({ ...budgetQuery(budgetId, query), queryFn: () => getBudget(user.id, budgetId, query) });
    },

    budgetTransactions(budgetId: string, input: BudgetTransactionsListInput = {}): void {
      const query = BudgetTransactionsListQuery.parse(input);
      void queryClient.prefetchInfiniteQuery({
        ...budgetTransactionsQuery(budgetId, query),
        queryFn: () => getBudgetTransactions(user.id, budgetId, query),
      });
    },

    goals(): void {
      void queryClient.prefetchQuery({ ...goalsQuery(), queryFn: () => getGoals(user.id) });
    },

    // Bud Connect
    /** Awaited: an unknown or someone else's journey is the page's 404 (NotFoundError). */
    journey(journeyId: string): Promise<JourneyView> {
      return queryClient.fetchQuery({ ...journeyQuery(journeyId), queryFn: () => journeyProgress(user.id, journeyId) });
    },

    connections(): void {
      void queryClient.prefetchQuery({ ...connectionsQuery(), queryFn: () => getConnections(user.id) });
    },

    // Bud Pay
    payments(input: PaymentListQuery = {}): void {
      const query = PaymentListQuery.parse(input);
      void queryClient.prefetchQuery({ ...paymentsQuery(query), queryFn: () => listPayments(user.id, query) });
    },

    /** Awaited: an unknown or someone else's payment is the page's 404 (NotFoundError). */
    payment(paymentId: string): Promise<PaymentView> {
      return queryClient.fetchQuery({ ...paymentQuery(paymentId), queryFn: () => paymentView(user.id, paymentId) });
    },

    paymentProviders(): void {
      void queryClient.prefetchQuery({ ...paymentProvidersQuery(), queryFn: () => listPaymentProviders() });
    },

    /** What the page hands to <HydrationBoundary>: settled and still pending queries alike. */
    dehydrate({ withoutLookups = false } = {}): DehydratedState {
      if (!withoutLookups) return dehydrate(queryClient);
      const shouldDehydrate = queryClient.getDefaultOptions().dehydrate!.shouldDehydrateQuery!;
      return dehydrate(queryClient, { shouldDehydrateQuery: (query) => !LOOKUP_HASHES.has(query.queryHash) && shouldDehydrate(query) });
    },
  };
}
