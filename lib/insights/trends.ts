import { OTHER_CATEGORY, spendingByCategory, type CategoryFlow } from "@/lib/insights/counting";

/*
 * The spending trend: one bar per month, stacked by the categories that spent most over the whole window (the
 * rest as "Other"), or a single category's bars. Browser-safe; the chart and its table share these rows.
 */

export interface TrendInput {
  from: string;
  to: string;
  flows: readonly CategoryFlow[];
}

export interface TrendRows {
  /** Stacked series, largest first; "other" last when present. */
  categories: string[];
  rows: { from: string; to: string; values: Record<string, number> }[];
}

export const TREND_CATEGORIES = 5;

/** Every category spent in over the window, most first: the stacking order and the one-category picker's list. */
export function rankCategories(buckets: readonly TrendInput[], currency: string): string[] {
  const totals = new Map<string, number>();
  for (const bucket of buckets) {
    for (const spend of spendingByCategory(bucket.flows, currency)) {
      totals.set(spend.category, (totals.get(spend.category) ?? 0) + spend.amount.minor);
    }
  }
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([category]) => category);
}

export function trendRows(buckets: readonly TrendInput[], currency: string, only?: string): TrendRows {
  const perBucket = buckets.map((bucket) => spendingByCategory(bucket.flows, currency));
  const ranked = rankCategories(buckets, currency);
  const named = only ? [only] : ranked.slice(0, ranked.length > TREND_CATEGORIES + 1 ? TREND_CATEGORIES : ranked.length);
  const hasOther = !only && ranked.length > named.length;
  return {
    categories: hasOther ? [...named, OTHER_CATEGORY] : named,
    rows: buckets.map((bucket, index) => {
      const values: Record<string, number> = {};
      for (const spend of perBucket[index] ?? []) {
        const key = named.includes(spend.category) ? spend.category : hasOther ? OTHER_CATEGORY : null;
        if (key) values[key] = (values[key] ?? 0) + spend.amount.minor;
      }
      for (const category of named) values[category] ??= 0;
      return { from: bucket.from, to: bucket.to, values };
    }),
  };
}
