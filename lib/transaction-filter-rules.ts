import { needsSearch, TRANSACTION_FILTER_KEYS, type TransactionFilterKey } from "@/lib/rules/transaction-filters";

/*
 * How the /transactions filter bar changes its URL state so that it never asks for a combination neither Bud
 * endpoint can serve (lib/rules/transaction-filters.ts says which; the routes refuse them with a 400). Browser-safe, pure.
 */

export type FilterValues = { [K in TransactionFilterKey]?: string | null };

export interface FilterChange {
  /** The patch to write to the URL: null removes a parameter. */
  patch: FilterValues;
  /** What was cleared to make room, said to the customer; null when nothing was. */
  note: string | null;
}

/** A filter value that is set (the URL drops empty ones). */
export const present = (value: string | null | undefined): value is string => value !== undefined && value !== null && value !== "";

/**
 * Apply `patch` to `current`. Free text clears the category, merchant and booked/pending filters (search takes
 * none of them alongside); an amount range clears booked/pending, and the merchant when a category is also set.
 */
export function changeFilters(current: FilterValues, patch: FilterValues): FilterChange {
  const next = { ...current, ...patch };
  const cleared: string[] = [];
  const clear = (keys: (keyof FilterValues)[], label: string) => {
    if (keys.some((key) => present(next[key]))) {
      for (const key of keys) next[key] = null;
      cleared.push(label);
    }
  };
  const searching = present(next.q);
  const amounts = present(next.amount_min) || present(next.amount_max);
  if (searching) {
    clear(["category_l1", "category_l2"], "category");
    clear(["merchant"], "merchant");
  }
  if (searching || amounts) clear(["status"], "booked or pending");
  if (!searching && amounts && present(next.merchant) && (present(next.category_l1) || present(next.category_l2))) {
    clear(["merchant"], "merchant");
  }
  const reason = searching ? "A search looks across every category and merchant" : "An amount range can’t be combined with those";
  const result: FilterValues = {};
  for (const key of TRANSACTION_FILTER_KEYS) if (next[key] !== current[key]) result[key] = next[key] ?? null;
  return { patch: result, note: cleared.length > 0 ? `${reason}, so the ${joinWords(cleared)} filter was cleared.` : null };
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

/** Which filters the bar must not offer right now (they would make an unservable combination). */
export function unavailableFilters(values: FilterValues): { category: boolean; merchant: boolean; status: boolean } {
  const filters = {
    q: present(values.q) ? values.q : undefined,
    amount_min: present(values.amount_min) ? values.amount_min : undefined,
    amount_max: present(values.amount_max) ? values.amount_max : undefined,
  };
  return { category: filters.q !== undefined, merchant: filters.q !== undefined, status: needsSearch(filters) };
}
