"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useCallback, useMemo, useState } from "react";
import { changeFilters, type FilterValues } from "@/lib/transaction-filter-rules";
import { checkTransactionFilters, TRANSACTION_FILTER_KEYS, type TransactionFilterKey } from "@/lib/rules/transaction-filters";

/**
 * The URL state of /transactions: every filter is a query parameter named as `GET /api/transactions` names it.
 * nuqs only carries the strings; the one set of rules (lib/rules/transaction-filters.ts, which the route's zod
 * schema is built from) says what they mean, so the page, the route and the query keys can never disagree.
 */
const filterParsers = Object.fromEntries(TRANSACTION_FILTER_KEYS.map((key) => [key, parseAsString])) as Record<
  TransactionFilterKey,
  typeof parseAsString
>;

/** The transaction open in the detail drawer, by ref (lib/rules/transaction-ref.ts). */
export const detailParsers = { txn: parseAsString };

export function useTransactionFilters() {
  // Pushed, so the back button walks back through filter changes.
  const [values, setValues] = useQueryStates(filterParsers, { history: "push" });
  const [note, setNote] = useState<string | null>(null);
  const checked = useMemo(() => checkTransactionFilters(withoutEmpty(values)), [values]);

  const change = useCallback(
    (patch: FilterValues, options: { typing?: boolean } = {}) => {
      const next = changeFilters(values, patch);
      setNote(next.note);
      // Typing replaces the history entry: one per search, not one per keystroke.
      void setValues(next.patch, options.typing ? { history: "replace" } : undefined);
    },
    [values, setValues],
  );

  const clear = useCallback(() => {
    setNote(null);
    void setValues(Object.fromEntries(TRANSACTION_FILTER_KEYS.map((key) => [key, null])));
  }, [setValues]);

  return {
    values: values as FilterValues,
    filters: checked.ok ? checked.filters : null,
    problems: checked.ok ? null : checked.problems.map((problem) => problem.message),
    change,
    clear,
    note,
  };
}

function withoutEmpty(values: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== ""),
  );
}
