/**
 * Every React Query key and browser fetcher, defined once. Keys start with the resource and end with the parsed
 * request (lib/schemas), and URLs are built from that same parsed object, never by hand. Client widgets call
 * `useSuspenseQuery` on these; server pages prefetch the same keys through lib/prefetch.ts, which pairs each
 * builder here with the lib/ function its route handler calls.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { z } from "zod";
import { apiFetch } from "@/lib/api-fetch";
import { Account, Budget, CategoryTaxonomy, pageOf, SavingsGoal, SearchSuggestion, Transaction } from "@/lib/domain";
import { BudgetOptions, BudgetSuggestions } from "@/lib/schemas/budget-options";
import { BudgetDayQuery, BudgetTransactionsListQuery, type BudgetTransactionsListInput } from "@/lib/schemas/budgets";
import { Connection, JourneyView } from "@/lib/schemas/connect";
import { PaymentList, PaymentListQuery, PaymentProviderList, PaymentView } from "@/lib/schemas/payments";
import { toSearchParams } from "@/lib/schemas/search-params";
import {
  BalanceHistoryQuery,
  BalanceHistoryResult,
  CategoryFlowsResult,
  EssentialSplitResult,
  InsightQuery,
  MerchantTotalsResult,
  MonthComparisonResult,
  PeriodQuery,
  SpendingTrendsResult,
  UpcomingResult,
} from "@/lib/schemas/insights";
import {
  SearchSuggestionsQuery,
  TransactionListQuery,
  TransactionSearchListQuery,
  type SearchSuggestionsInput,
  type TransactionListInput,
  type TransactionSearchListInput,
} from "@/lib/schemas/transactions";

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

// Transactions at scale (/transactions): the filtered infinite list, the category taxonomy, search suggestions.
const SuggestionList = SearchSuggestion.array();
const TransactionList = Transaction.array();

/** The /transactions list for a set of filters, a page at a time by Bud's page token. */
export const transactionListQuery = (input: TransactionSearchListInput) => {
  const query = TransactionSearchListQuery.parse(input);
  return infiniteQueryOptions({
    queryKey: ["transactions", "list", query] as const,
    queryFn: ({ pageParam }) =>
      apiFetch(`/api/transactions?${toSearchParams({ ...query, page_token: pageParam })}`, TransactionPage),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
};

/** Bud's category taxonomy: changes with Bud's model releases, not while someone is looking. */
export const categoryTaxonomyQuery = () =>
  queryOptions({
    queryKey: ["categories"] as const,
    queryFn: () => apiFetch("/api/categories", CategoryTaxonomy),
    staleTime: 60 * 60 * 1000,
  });

/** What Bud suggests for the text in the search box. */
export const searchSuggestionsQuery = (input: SearchSuggestionsInput) => {
  const query = SearchSuggestionsQuery.parse(input);
  return queryOptions({
    queryKey: ["transactions", "suggestions", query] as const,
    queryFn: () => apiFetch(`/api/transactions/suggestions?${toSearchParams(query)}`, SuggestionList),
    staleTime: 60 * 1000,
  });
};

/** One transaction, by the ref that finds it again (day~account~id). */
export const transactionQuery = (ref: string) =>
  queryOptions({
    queryKey: ["transactions", "one", ref] as const,
    queryFn: () => apiFetch(`/api/transactions/${encodeURIComponent(ref)}`, Transaction),
  });

/** The transactions a recategorisation "for all similar" would also change. */
export const similarTransactionsQuery = (ref: string) =>
  queryOptions({
    queryKey: ["transactions", "similar", ref] as const,
    queryFn: () => apiFetch(`/api/transactions/${encodeURIComponent(ref)}/similar`, TransactionList),
  });

// Spending insights and balances over time
const insightPath = (resource: string, query: Record<string, string | undefined>) => `/api/insights/${resource}?${toSearchParams(query)}`;

/** Every category's money in and out over a period: spending by category and money in vs out share it. */
export const categoryFlowsQuery = (input: InsightQuery) => {
  const query = InsightQuery.parse(input);
  return queryOptions({
    queryKey: ["insights", "categories", query] as const,
    queryFn: () => apiFetch(insightPath("categories", query), CategoryFlowsResult),
  });
};

export const monthComparisonQuery = () =>
  queryOptions({
    queryKey: ["insights", "comparison"] as const,
    queryFn: () => apiFetch("/api/insights/comparison", MonthComparisonResult),
  });

export const balanceHistoryQuery = (input: BalanceHistoryQuery) => {
  const query = BalanceHistoryQuery.parse(input);
  return queryOptions({
    queryKey: ["insights", "balances", query] as const,
    queryFn: () => apiFetch(insightPath("balances", query), BalanceHistoryResult),
  });
};

export const merchantTotalsQuery = (input: PeriodQuery) => {
  const query = PeriodQuery.parse(input);
  return queryOptions({
    queryKey: ["insights", "merchants", query] as const,
    queryFn: () => apiFetch(insightPath("merchants", query), MerchantTotalsResult),
  });
};

export const spendingTrendsQuery = (input: InsightQuery) => {
  const query = InsightQuery.parse(input);
  return queryOptions({
    queryKey: ["insights", "trends", query] as const,
    queryFn: () => apiFetch(insightPath("trends", query), SpendingTrendsResult),
  });
};

export const essentialSplitQuery = (input: InsightQuery) => {
  const query = InsightQuery.parse(input);
  return queryOptions({
    queryKey: ["insights", "essentials", query] as const,
    queryFn: () => apiFetch(insightPath("essentials", query), EssentialSplitResult),
  });
};

/** Expected payments and income: Overview's "Coming up" and the upcoming page share it. */
export const upcomingQuery = () =>
  queryOptions({
    queryKey: ["insights", "upcoming"] as const,
    queryFn: () => apiFetch("/api/insights/upcoming", UpcomingResult),
  });

// Budgets and savings goals

const BudgetList = Budget.array();
const budgetPath = (budgetId: string) => `/api/budgets/${encodeURIComponent(budgetId)}`;

/** Every budget with `spent` for the current period. */
export const budgetsQuery = () =>
  queryOptions({
    queryKey: ["budgets"] as const,
    queryFn: () => apiFetch("/api/budgets", BudgetList),
  });

/** One budget with `spent` for the period containing `day` (today when absent). */
export const budgetQuery = (budgetId: string, input: BudgetDayQuery = {}) => {
  const query = BudgetDayQuery.parse(input);
  return queryOptions({
    queryKey: ["budgets", budgetId, query] as const,
    queryFn: () => apiFetch(`${budgetPath(budgetId)}?${toSearchParams(query)}`, Budget),
  });
};

export const budgetTransactionsQuery = (budgetId: string, input: BudgetTransactionsListInput = {}) => {
  const query = BudgetTransactionsListQuery.parse(input);
  return infiniteQueryOptions({
    queryKey: ["budgets", budgetId, "transactions", query] as const,
    queryFn: ({ pageParam }) =>
      apiFetch(`${budgetPath(budgetId)}/transactions?${toSearchParams({ ...query, page_token: pageParam })}`, TransactionPage),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
};

/** What the budget dialog offers: taxonomy, the user's merchants, their currencies. */
export const budgetOptionsQuery = () =>
  queryOptions({
    queryKey: ["budgets", "options"] as const,
    queryFn: () => apiFetch("/api/budgets/options", BudgetOptions),
    staleTime: 10 * 60 * 1000,
  });

export const budgetSuggestionsQuery = () =>
  queryOptions({
    queryKey: ["budgets", "suggestions"] as const,
    queryFn: () => apiFetch("/api/budgets/suggestions", BudgetSuggestions),
    staleTime: 10 * 60 * 1000,
  });

export const goalsQuery = () =>
  queryOptions({
    queryKey: ["goals"] as const,
    queryFn: () => apiFetch("/api/goals", SavingsGoal.array()),
  });

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

// Bud Pay
const paymentPath = (paymentId: string) => `/api/payments/${encodeURIComponent(paymentId)}`;

/** The user's payments and standing orders, filtered by user-facing state. */
export const paymentsQuery = (input: PaymentListQuery = {}) => {
  const query = PaymentListQuery.parse(input);
  return queryOptions({
    queryKey: ["payments", "list", query] as const,
    queryFn: () => apiFetch(`/api/payments?${toSearchParams(query)}`, PaymentList),
  });
};

/** One payment, by our own id: progress, outcome and detail. */
export const paymentQuery = (paymentId: string) =>
  queryOptions({
    queryKey: ["payments", "one", paymentId] as const,
    queryFn: () => apiFetch(paymentPath(paymentId), PaymentView),
  });

/** The banks that can pay; maintenance changes within the hour, not while someone fills in the form. */
export const paymentProvidersQuery = () =>
  queryOptions({
    queryKey: ["payments", "providers"] as const,
    queryFn: () => apiFetch("/api/payments/providers", PaymentProviderList),
    staleTime: 5 * 60 * 1000,
  });

/** A finished payment's form values, to prefill "Try again" (a new payment: the key is not among them). */
const PaymentAgain = z.object({ values: z.record(z.string(), z.string()) });

export const paymentAgainQuery = (paymentId: string) =>
  queryOptions({
    queryKey: ["payments", "again", paymentId] as const,
    queryFn: () => apiFetch(`${paymentPath(paymentId)}/again`, PaymentAgain),
    staleTime: Infinity,
  });
