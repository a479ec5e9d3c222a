/**
 * Every React Query key and browser fetcher, defined once; lib/request-queries.ts holds the ones keyed by a parsed
 * request (filters, periods). Client widgets call `useSuspenseQuery` on these; server pages prefetch the same keys
 * through lib/prefetch.ts, which pairs each builder here with the lib/ function its route handler calls, and each
 * fetcher names that function's return type, so the compiler ties what the route sends to what the UI reads.
 * Only types are imported from lib/domain and lib/schemas: this module ships in most pages, and zod stays out of
 * the pages that do not need it (README → Performance → Pages).
 */
import { queryOptions } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import type { Account, Budget, CategoryTaxonomy, Page, SavingsGoal, Transaction } from "@/lib/domain";
import type { BudgetOptions, BudgetSuggestions } from "@/lib/schemas/budget-options";
import type { Connection, JourneyView } from "@/lib/schemas/connect";
import type { MonthComparisonResult, UpcomingResult } from "@/lib/schemas/insights";
import type { PaymentList, PaymentListQuery, PaymentProviderList, PaymentView } from "@/lib/schemas/payments";
import { toSearchParams } from "@/lib/schemas/search-params";

export const RECENT_TRANSACTIONS = 10;

export type TransactionPage = Page<Transaction>;

export const accountPath = (accountId: string) => `/api/accounts/${encodeURIComponent(accountId)}`;

export const accountsQuery = () =>
  queryOptions({
    queryKey: ["accounts"] as const,
    queryFn: () => apiFetch<Account[]>("/api/accounts"),
  });

export const accountQuery = (accountId: string) =>
  queryOptions({
    queryKey: ["accounts", accountId] as const,
    queryFn: () => apiFetch<Account>(accountPath(accountId)),
  });

/** Bud's category taxonomy: changes with Bud's model releases, not while someone is looking. */
export const categoryTaxonomyQuery = () =>
  queryOptions({
    queryKey: ["categories"] as const,
    queryFn: () => apiFetch<CategoryTaxonomy>("/api/categories"),
    staleTime: 60 * 60 * 1000,
  });

/** One transaction, by the ref that finds it again (day~account~id). */
export const transactionQuery = (ref: string) =>
  queryOptions({
    queryKey: ["transactions", "one", ref] as const,
    queryFn: () => apiFetch<Transaction>(`/api/transactions/${encodeURIComponent(ref)}`),
  });

/** The transactions a recategorisation "for all similar" would also change. */
export const similarTransactionsQuery = (ref: string) =>
  queryOptions({
    queryKey: ["transactions", "similar", ref] as const,
    queryFn: () => apiFetch<Transaction[]>(`/api/transactions/${encodeURIComponent(ref)}/similar`),
  });

export const monthComparisonQuery = () =>
  queryOptions({
    queryKey: ["insights", "comparison"] as const,
    queryFn: () => apiFetch<MonthComparisonResult>("/api/insights/comparison"),
  });

/** Expected payments and income: Overview's "Coming up" and the upcoming page share it. */
export const upcomingQuery = () =>
  queryOptions({
    queryKey: ["insights", "upcoming"] as const,
    queryFn: () => apiFetch<UpcomingResult>("/api/insights/upcoming"),
  });

// Budgets and savings goals
export const budgetPath = (budgetId: string) => `/api/budgets/${encodeURIComponent(budgetId)}`;

/** Every budget with `spent` for the current period. */
export const budgetsQuery = () =>
  queryOptions({
    queryKey: ["budgets"] as const,
    queryFn: () => apiFetch<Budget[]>("/api/budgets"),
  });

/** What the budget dialog offers: taxonomy, the user's merchants, their currencies. */
export const budgetOptionsQuery = () =>
  queryOptions({
    queryKey: ["budgets", "options"] as const,
    queryFn: () => apiFetch<BudgetOptions>("/api/budgets/options"),
    staleTime: 10 * 60 * 1000,
  });

export const budgetSuggestionsQuery = () =>
  queryOptions({
    queryKey: ["budgets", "suggestions"] as const,
    queryFn: () => apiFetch<BudgetSuggestions>("/api/budgets/suggestions"),
    staleTime: 10 * 60 * 1000,
  });

export const goalsQuery = () =>
  queryOptions({
    queryKey: ["goals"] as const,
    queryFn: () => apiFetch<SavingsGoal[]>("/api/goals"),
  });

// Bud Connect
export const journeyQuery = (journeyId: string) =>
  queryOptions({
    queryKey: ["connect-journeys", journeyId] as const,
    queryFn: () => apiFetch<JourneyView>(`/api/connect/journeys/${encodeURIComponent(journeyId)}`),
  });

export const connectionsQuery = () =>
  queryOptions({
    queryKey: ["connections"] as const,
    queryFn: () => apiFetch<Connection[]>("/api/connections"),
  });

// Bud Pay
export const paymentPath = (paymentId: string) => `/api/payments/${encodeURIComponent(paymentId)}`;

/**
 * The user's payments and standing orders, filtered by user-facing state. Not parsed here, unlike the builders in
 * lib/request-queries.ts: its one field is already checked by both callers (the URL's filter by nuqs' literal
 * parser over PAYMENT_STATES, the server page by PaymentState), so the list page ships no zod.
 */
export const paymentsQuery = (query: PaymentListQuery = {}) =>
  queryOptions({
    queryKey: ["payments", "list", query] as const,
    queryFn: () => apiFetch<PaymentList>(`/api/payments?${toSearchParams(query)}`),
  });

/** One payment, by our own id: progress, outcome and detail. */
export const paymentQuery = (paymentId: string) =>
  queryOptions({
    queryKey: ["payments", "one", paymentId] as const,
    queryFn: () => apiFetch<PaymentView>(paymentPath(paymentId)),
  });

/** The banks that can pay; maintenance changes within the hour, not while someone fills in the form. */
export const paymentProvidersQuery = () =>
  queryOptions({
    queryKey: ["payments", "providers"] as const,
    queryFn: () => apiFetch<PaymentProviderList>("/api/payments/providers"),
    staleTime: 5 * 60 * 1000,
  });

/** A finished payment's form values, to prefill "Try again" (a new payment: the key is not among them). */
export interface PaymentAgain {
  values: Record<string, string>;
}

export const paymentAgainQuery = (paymentId: string) =>
  queryOptions({
    queryKey: ["payments", "again", paymentId] as const,
    queryFn: () => apiFetch<PaymentAgain>(`${paymentPath(paymentId)}/again`),
    staleTime: Infinity,
  });
