/**
 * Every React Query key and browser fetcher, defined once. Keys start with the resource and end with the parsed
 * request (lib/schemas), and URLs are built from that same parsed object, never by hand. Client widgets call
 * `useSuspenseQuery` on these; server pages prefetch the same keys through lib/prefetch.ts, which pairs each
 * builder here with the lib/ function its route handler calls.
 */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import { Account, Budget, pageOf, SavingsGoal, Transaction } from "@/lib/domain";
import { toSearchParams } from "@/lib/schemas/search-params";
import { TransactionListQuery, type TransactionListInput } from "@/lib/schemas/transactions";
import { BudgetOptions, BudgetSuggestions } from "@/lib/schemas/budget-options";
import { BudgetDayQuery, BudgetTransactionsListQuery, type BudgetTransactionsListInput } from "@/lib/schemas/budgets";

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
