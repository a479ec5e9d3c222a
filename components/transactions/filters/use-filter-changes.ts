"use client";

import { useCallback, useState } from "react";
import { useTransactionFilters } from "@/components/transactions/use-transaction-filters";
import { changeFilters, type FilterValues } from "@/lib/transaction-filter-rules";

/**
 * The filter bar's side of the URL state: a change that would ask for a combination neither Bud endpoint serves
 * clears what it must, and says so (lib/transaction-filter-rules.ts).
 */
export function useFilterChanges() {
  const { values, setValues, clear } = useTransactionFilters();
  const [note, setNote] = useState<string | null>(null);

  const change = useCallback(
    (patch: FilterValues, options: { typing?: boolean } = {}) => {
      const next = changeFilters(values, patch);
      setNote(next.note);
      // Typing replaces the history entry: one per search, not one per keystroke.
      setValues(next.patch, options.typing ? { history: "replace" } : undefined);
    },
    [values, setValues],
  );
  const clearAll = useCallback(() => {
    setNote(null);
    clear();
  }, [clear]);

  return { values: values as FilterValues, change, clear: clearAll, note };
}
