/**
 * Regular payments and income found in the customer's transaction list, deterministically. Rows Bud already
 * marks as regular (`regular-transaction` / `subscription` tags) form series: those carrying
 * `enrichments.regularity` (the profiles' known schedules) by its group label, the others by account,
 * merchant (or cleaned description) and direction, their period read from the median gap between payments.
 * A series needs at least two payments. Cached per CustomerData object, like the totals index.
 */
import { createHash } from "node:crypto";
import { addMonths, civil, dayFromCivil, dayOfInstant, daysInMonth, parseInstant, toWorkingDay } from "../../data/calendar";
import type { CustomerData, TransactionQuery, WireTransaction } from "../../data/world";
import { listPages } from "./facts";

export type RegularPeriod = "daily" | "weekly" | "biweekly" | "monthly" | "quarterly" | "unknown";

export interface Series {
  /** Bud's "<hash>-<i>" label: a SHA-1 of the series key, stable across calls. */
  label: string;
  period: RegularPeriod;
  /** Monthly and quarterly series: the day of month they are due (the most common one), and, when every payment
   *  fell on a working day, which way a due day on a weekend or holiday moves (income earlier, payments later). */
  due?: { dayOfMonth: number; shift?: "before" | "after" };
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
  const days = transactions.map(dayOfPayment);
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
      const due = period === "monthly" || period === "quarterly" ? dueDay(transactions) : undefined;
      return { label: `${createHash("sha1").update(key).digest("hex")}-0`, period, due, score: steadiness(transactions), transactions };
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

const dayOfPayment = (t: WireTransaction) => dayOfInstant(parseInstant(t.date_time));

function dueDay(transactions: readonly WireTransaction[]): NonNullable<Series["due"]> {
  const counts = new Map<number, number>();
  for (const t of transactions) {
    const { dayOfMonth } = civil(dayOfPayment(t));
    counts.set(dayOfMonth, (counts.get(dayOfMonth) ?? 0) + 1);
  }
  const [dayOfMonth] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const onWorkingDays = transactions.every((t) => toWorkingDay(dayOfPayment(t), "after") === dayOfPayment(t));
  const shift = transactions[0]!.credit_debit_indicator === "credit" ? "before" : "after";
  return { dayOfMonth, ...(onWorkingDays && { shift }) };
}

/** The due day of the month `months` after the one whose due day is nearest `day`. */
function dueDayAfter(due: NonNullable<Series["due"]>, day: number, months: number): number {
  const { year, month } = civil(day);
  const dueIn = (offset: number) => {
    const y = year + Math.floor((month - 1 + offset) / 12);
    const m = ((((month - 1 + offset) % 12) + 12) % 12) + 1;
    const nominal = dayFromCivil(y, m, Math.min(due.dayOfMonth, daysInMonth(y, m)));
    return due.shift ? toWorkingDay(nominal, due.shift) : nominal;
  };
  // A payment moved off a weekend can cross into the neighbouring month: anchor on the nearest due day.
  const anchor = [-1, 0, 1].reduce((best, offset) => (Math.abs(dueIn(offset) - day) < Math.abs(dueIn(best) - day) ? offset : best));
  return dueIn(anchor + months);
}

/** The n-th payment (n ≥ 1) after the one on `day`; undefined when the period is unknown. */
export function nextDay(series: Pick<Series, "period" | "due">, day: number, n: number): number | undefined {
  switch (series.period) {
    case "daily":
      return day + n;
    case "weekly":
      return day + 7 * n;
    case "biweekly":
      return day + 14 * n;
    case "monthly":
      return series.due ? dueDayAfter(series.due, day, n) : addMonths(day, n);
    case "quarterly":
      return series.due ? dueDayAfter(series.due, day, 3 * n) : addMonths(day, 3 * n);
    case "unknown":
      return undefined;
  }
}
