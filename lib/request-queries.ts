/**
 * The React Query builders keyed by a parsed request: each parses its input with the request's zod schema
 * (lib/schemas), so the key holds the defaults the route applies and the URL is built from that same parsed
 * object, never by hand. Kept apart from lib/queries.ts because parsing brings zod: only the pages with filters,
 * periods or page tokens load it. Server pages prefetch these keys through lib/prefetch.ts too. The transaction
 * lists' builders are in lib/transaction-queries.ts and lib/transaction-filter-queries.ts, checked without zod, so
 * the /transactions page loads neither these schemas nor zod.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { apiFetch } from "@/lib/api-fetch";
import type { Budget } from "@/lib/domain";
import { budgetPath, type TransactionPage } from "@/lib/queries";
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
