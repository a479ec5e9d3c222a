/**
 * Regular payments and income found in the customer's transaction list, deterministically. Rows Bud already
 * marks as regular (`regular-transaction` / `subscription` tags) form series: those carrying
 * `enrichments.regularity` (the profiles' known schedules) by its group label, the others by account,
 * merchant (or cleaned description) and direction, their period read from the median gap between payments.
 * A series needs at least two payments. Cached per CustomerData object, like the totals index.
 */
import { createHash } from "node:crypto";
import { addMonths, dayOfInstant, parseInstant } from "../../data/calendar";
import type { CustomerData, TransactionQuery, WireTransaction } from "../../data/world";
import { listPages } from "./facts";

export type RegularPeriod = "daily" | "weekly" | "biweekly" | "monthly" | "quarterly" | "unknown";

export interface Series {
  /** Bud's "<hash>-<i>" label: a SHA-1 of the series key, stable across calls. */
  label: string;
  period: RegularPeriod;
  /** 0–1, four decimals: how steady the amounts are (1 = always the same). */
  score: string;
  /** Oldest first. */
  transactions: WireTransaction[];
}

export const REGULAR_TAGS = ["regular-transaction", "subscription"];

/** Every row the list serves for `query`, newest first. */
export const readRows = (data: CustomerData, query: TransactionQuery): WireTransaction[] => [...listPages(data, query)].flat();

/** Gap (days) → period; gaps that fit no cycle give "unknown". */
function periodOfGap(days: number): RegularPeriod {
  if (days <= 1.5) return "daily";
  if (days >= 6 && days <= 8) return "weekly";
  if (days >= 13 && days <= 15) return "biweekly";
  if (days >= 27 && days <= 32) return "monthly";
  if (days >= 85 && days <= 95) return "quarterly";
  return "unknown";
}

function medianGap(transactions: readonly WireTransaction[]): number {
  const days = transactions.map((t) => dayOfInstant(parseInstant(t.date_time)));
  const gaps = days.slice(1).map((day, i) => day - days[i]!).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

/** 1 − the coefficient of variation of the amounts, clamped to 0–1. */
function steadiness(transactions: readonly WireTransaction[]): string {
  const amounts = transactions.map((t) => Number(t.amount.value));
  const mean = amounts.reduce((sum, a) => sum + a, 0) / amounts.length;
  const variance = amounts.reduce((sum, a) => sum + (a - mean) ** 2, 0) / amounts.length;
  const score = mean === 0 ? 0 : Math.min(1, Math.max(0, 1 - Math.sqrt(variance) / mean));
  return score.toFixed(4);
}

function seriesKey(t: WireTransaction): string {
  const regularity = t.enrichments?.regularity;
  if (regularity?.group_label) return `regularity:${regularity.group_label}`;
  const who = t.enrichments?.merchant?.slug ?? (t.suggested_description ?? t.description).toLowerCase();
  return `${t.account_id}|${who}|${t.credit_debit_indicator}`;
}

export function findSeries(data: CustomerData): Series[] {
  const groups = new Map<string, WireTransaction[]>();
  for (const row of readRows(data, { includeTags: REGULAR_TAGS })) {
    const key = seriesKey(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups]
    .filter(([, rows]) => rows.length >= 2)
    .map(([key, rows]) => {
      const transactions = rows.reverse();
      const frequency = transactions[0]!.enrichments?.regularity?.frequency;
      const period = frequency === "weekly" || frequency === "monthly" ? frequency : periodOfGap(medianGap(transactions));
      return { label: `${createHash("sha1").update(key).digest("hex")}-0`, period, score: steadiness(transactions), transactions };
    })
    .sort((a, b) => a.label.localeCompare(b.label));
}

const cache = new WeakMap<CustomerData, Series[]>();

export function seriesOf(data: CustomerData | undefined): Series[] {
  if (!data) return [];
  let series = cache.get(data);
  if (!series) cache.set(data, (series = findSeries(data)));
  return series;
}

/** The n-th payment after `day` in a series of this period (n ≥ 1); undefined for "unknown". */
export function nextDay(day: number, period: RegularPeriod, n: number): number | undefined {
  switch (period) {
    case "daily":
      return day + n;
    case "weekly":
      return day + 7 * n;
    case "biweekly":
      return day + 14 * n;
    case "monthly":
      return addMonths(day, n);
    case "quarterly":
      return addMonths(day, 3 * n);
    case "unknown":
      return undefined;
  }
}
