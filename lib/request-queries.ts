/**
 * The React Query builders keyed by a parsed request: each parses its input with the request's zod schema
 * (lib/schemas), so the key holds the defaults the route applies and the URL is built from that same parsed
 * object, never by hand. Kept apart from lib/queries.ts because parsing brings zod: only the pages with filters,
 * periods or page tokens load it. Server pages prefetch these keys through lib/prefetch.ts too.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "@/lib/api-fetch";
import type { Budget, SearchSuggestion } from "@/lib/domain";
import { accountPath, budgetPath, type TransactionPage } from "@/lib/queries";
import { BudgetDayQuery, BudgetTransactionsListQuery, type BudgetTransactionsListInput } from "@/lib/schemas/budgets";
import {
  BalanceHistoryQuery,
  InsightQuery,
  PeriodQuery,
  type BalanceHistoryResult,
  type CategoryFlowsResult,
  type EssentialSplitResult,
  type MerchantTotalsResult,
  type SpendingTrendsResult,
} from "@/lib/schemas/insights";
import { toSearchParams } from "@/lib/schemas/search-params";
import type { TransactionTotals } from "@/lib/insights/filter-totals";
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

// Spending insights and balances over time: one resource under /api/insights each, keyed by its parsed query.
function insightQuery<Result>() {
  return <Schema extends z.ZodType<Record<string, string | undefined>>>(resource: string, schema: Schema) =>
    (input: z.input<Schema>) => {
      const query: z.output<Schema> = schema.parse(input);
      return queryOptions({
        queryKey: ["insights", resource, query] as const,
        queryFn: () => apiFetch<Result>(`/api/insights/${resource}?${toSearchParams(query)}`),
      });
    };
}

/** Every category's money in and out over a period: spending by category and money in vs out share it. */
export const categoryFlowsQuery = insightQuery<CategoryFlowsResult>()("categories", InsightQuery);
export const balanceHistoryQuery = insightQuery<BalanceHistoryResult>()("balances", BalanceHistoryQuery);
export const merchantTotalsQuery = insightQuery<MerchantTotalsResult>()("merchants", PeriodQuery);
export const spendingTrendsQuery = insightQuery<SpendingTrendsResult>()("trends", InsightQuery);
export const essentialSplitQuery = insightQuery<EssentialSplitResult>()("essentials", InsightQuery);

/** One budget with `spent` for the period containing `day` (today when absent). */
export const budgetQuery = (budgetId: string, input: BudgetDayQuery = {}) => {
  const query = BudgetDayQuery.parse(input);
  return queryOptions({
    queryKey: ["budgets", budgetId, query] as const,
    queryFn: () => apiFetch<Budget>(`${budgetPath(budgetId)}?${toSearchParams(query)}`),
  });
};

export const budgetTransactionsQuery = (budgetId: string, input: BudgetTransactionsListInput = {}) => {
  const query = BudgetTransactionsListQuery.parse(input);
  return infiniteQueryOptions({
    queryKey: ["budgets", budgetId, "transactions", query] as const,
    queryFn: ({ pageParam }) =>
      apiFetch<TransactionPage>(`${budgetPath(budgetId)}/transactions?${toSearchParams({ ...query, page_token: pageParam })}`),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextPageToken,
  });
};
