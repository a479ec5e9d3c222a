"use client";

import { parseAsString, useQueryStates } from "nuqs";
import { useCallback, useMemo, useState } from "react";
import { changeFilters, type FilterValues } from "@/lib/transaction-filter-rules";
import { TRANSACTION_FILTER_KEYS, TransactionFilterQuery } from "@/lib/schemas/transactions";

type FilterKey = (typeof TRANSACTION_FILTER_KEYS)[number];

/**
 * The URL state of /transactions: every filter is a query parameter named as `GET /api/transactions` names it.
 * nuqs only carries the strings; the one schema (lib/schemas/transactions.ts) says what they mean, so the page,
 * the route and the query keys can never disagree.
 */
const filterParsers = Object.fromEntries(TRANSACTION_FILTER_KEYS.map((key) => [key, parseAsString])) as Record<
  FilterKey,
  typeof parseAsString
>;

/** The transaction open in the detail drawer, by ref (lib/schemas/transactions.ts). */
export const detailParsers = { txn: parseAsString };

export function useTransactionFilters() {
  // Pushed, so the back button walks back through filter changes.
  const [values, setValues] = useQueryStates(filterParsers, { history: "push" });
  const [note, setNote] = useState<string | null>(null);
  const parsed = useMemo(() => TransactionFilterQuery.safeParse(withoutEmpty(values)), [values]);

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
    filters: parsed.success ? parsed.data : null,
    problems: parsed.success ? null : parsed.error.issues.map((issue) => issue.message),
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
