"use client";

import { useCallback, useMemo } from "react";
import { useUrlParams, type UrlParamsPatch } from "@/components/ui/use-url-params";
import { checkTransactionFilters, TRANSACTION_FILTER_KEYS, type TransactionFilterKey } from "@/lib/rules/transaction-filters";

/**
 * The URL state of /transactions: every filter is a query parameter named as `GET /api/transactions` names it.
 * The URL only carries the strings; the one set of rules (lib/rules/transaction-filters.ts, which the route's zod
 * schema is built from) says what they mean, so the page, the route and the query keys can never disagree.
 */
const PUSHED = { history: "push" } as const;

/** The transaction open in the detail drawer, by ref (lib/rules/transaction-ref.ts). */
export const DETAIL_KEYS = ["txn"] as const;

export function useTransactionFilters() {
  // Pushed, so the back button walks back through filter changes.
  const [values, setValues] = useUrlParams(TRANSACTION_FILTER_KEYS, PUSHED);
  const checked = useMemo(() => checkTransactionFilters(withoutEmpty(values)), [values]);
  const clear = useCallback(
    () => setValues(Object.fromEntries(TRANSACTION_FILTER_KEYS.map((key) => [key, null])) as UrlParamsPatch<TransactionFilterKey>),
    [setValues],
  );
  return {
    values,
    setValues,
    filters: checked.ok ? checked.filters : null,
    problems: checked.ok ? null : checked.problems.map((problem) => problem.message),
    clear,
  };
}

function withoutEmpty(values: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== ""),
  );
}
