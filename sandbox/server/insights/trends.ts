/**
 * Category totals per period bucket. Buckets follow the calendar the balances endpoints use (UTC days; weeks
 * Monday–Sunday; fortnights pairing ISO weeks; calendar months, quarters, halves and years), clipped to the
 * requested range, so the first and last buckets can be partial.
 */
import { bucketEnd } from "../../data/balances";
import { dayOfInstant, isoDateTime, SECONDS_PER_DAY } from "../../data/calendar";
import type { Granularity } from "../../data/world";
import { failedValidation } from "../http/errors";
import { rowsBetween, type Facts } from "./facts";
import type { Period } from "./period";
import { categoryTotals, matchingRows, type CategoryTotal } from "./totals";

/** More buckets than this is a request no chart can show (five years of days): 400 instead. */
export const MAX_BUCKETS = 1830;

export function buckets(period: Period, granularity: Granularity): Period[] {
  const result: Period[] = [];
  for (let day = dayOfInstant(period.from); day * SECONDS_PER_DAY <= period.to; day = bucketEnd(day, granularity) + 1) {
    if (result.length === MAX_BUCKETS) {
      throw failedValidation({ granularity: [`${granularity} gives more than ${MAX_BUCKETS} periods for this range`] });
    }
    result.push({
      from: Math.max(period.from, day * SECONDS_PER_DAY),
      to: Math.min(period.to, (bucketEnd(day, granularity) + 1) * SECONDS_PER_DAY - 1),
    });
  }
  return result;
}

export interface TrendBucket {
  from: string;
  to: string;
  data: CategoryTotal[];
}

export function categoryTrends(
  facts: Facts,
  period: Period,
  granularity: Granularity,
  keep: (row: number) => boolean,
  includeL2: boolean,
): TrendBucket[] {
  return buckets(period, granularity).map((bucket) => {
    const { start, end } = rowsBetween(facts, bucket.from, bucket.to);
    const { data } = categoryTotals(facts, matchingRows(start, end, keep), includeL2);
    return { from: isoDateTime(bucket.from), to: isoDateTime(bucket.to), data };
  });
}
