"use client";

import { MutationObserver, useMutation, useQueryClient, type MutationObserverOptions, type QueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import type { Budget } from "@/lib/domain";
import { parseMoneyInput } from "@/lib/money-input";
import { budgetsQuery } from "@/lib/queries";
import type { BudgetFormValues } from "@/lib/schemas/budgets";

const LIST_KEY = budgetsQuery().queryKey;

/** What the list shows while the server works: the typed values, `spent` kept (or nothing yet for a new budget). */
function optimistic(values: BudgetFormValues, current: Budget | undefined): Budget {
  const parsed = parseMoneyInput(values.amount, values.currency);
  const limit = parsed.ok ? parsed.money : (current?.limit ?? { minor: 0, currency: values.currency });
  return {
    id: current?.id ?? `pending-${crypto.randomUUID()}`,
    name: values.name,
    limit,
    period: values.period === "monthly" ? { kind: "monthly", startingDay: values.startingDay } : { kind: "one-off" },
    categories: values.categories,
    merchants: values.merchants,
    spent: current?.spent ?? { minor: 0, currency: limit.currency },
    spentFrom: current?.spentFrom ?? "",
    spentTo: current?.spentTo ?? "",
    createdAt: current?.createdAt ?? new Date().toISOString(),
  };
}

/**
 * Create or edit a budget, shown in the list at once and rolled back if the server refuses; the caller keeps
 * the dialog (and what was typed) open until it succeeds.
 */
function saveBudgetOptions(
  queryClient: QueryClient,
  budgetId?: string,
): MutationObserverOptions<Budget, Error, BudgetFormValues, { before: Budget[] | undefined }> {
  return {
    mutationFn: (values) =>
      apiFetch<Budget>(budgetId ? `/api/budgets/${encodeURIComponent(budgetId)}` : "/api/budgets", {
        method: budgetId ? "PATCH" : "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      }),
    onMutate: async (values) => {
      await queryClient.cancelQueries({ queryKey: LIST_KEY });
      const before = queryClient.getQueryData<Budget[]>(LIST_KEY);
      queryClient.setQueryData<Budget[]>(LIST_KEY, (list = []) => {
        const current = list.find((budget) => budget.id === budgetId);
        const next = optimistic(values, current);
        return current ? list.map((budget) => (budget.id === budgetId ? next : budget)) : [...list, next];
      });
      return { before };
    },
    onError: (_error, _values, context) => queryClient.setQueryData(LIST_KEY, context?.before),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["budgets"] }),
  };
}

export function useSaveBudget(budgetId?: string) {
  return useMutation(saveBudgetOptions(useQueryClient(), budgetId));
}

/**
 * The same create outside a component, for a suggestion's one click: the budgets page imports this module only
 * then (prefetched on hover or focus), so a page that shows suggestions does not carry the save on load.
 */
export function createBudget(queryClient: QueryClient, values: BudgetFormValues): Promise<Budget> {
  return new MutationObserver(queryClient, saveBudgetOptions(queryClient)).mutate(values);
}
