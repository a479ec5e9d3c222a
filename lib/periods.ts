/*
 * Every date range in the product (transaction filters, insights, budgets) comes from here. Ranges are whole
 * calendar days in Europe/London, where Budgie's customers live: a June total starts at midnight BST, which is
 * 23:00 UTC on 31 May, so edges are sent to Bud as RFC 3339 with the London offset. Browser-safe and free of zod:
 * the arithmetic never depends on the machine's own time zone, and the URL schemas live in
 * lib/schemas/period.ts, so a page that only needs today's date does not load the validator.
 *
 * Calendar days are counted on UTC dates (lib/calendar/iso-dates.ts, re-exported here), and London only enters
 * through Intl: today's date there, and its offset at a range's edges. No date library: the
 * browser already has both, and date-fns with @date-fns/tz cost every page with a period ≈2 kB gzip.
 */

import { calendarDay, isoOf, pad, rangeDays, shiftDays, utcDay, type DateRange, type IsoDate } from "@/lib/calendar/iso-dates";

export { isIsoDate, MAX_RANGE_DAYS, rangeDays, shiftDays, type DateRange, type IsoDate } from "@/lib/calendar/iso-dates";

export const LONDON = "Europe/London";

export const ROLLING_PRESETS = ["1m", "3m", "6m", "1y"] as const;
export type RollingPreset = (typeof ROLLING_PRESETS)[number];

export type Period =
  | { kind: "rolling"; preset: RollingPreset }
  | { kind: "ytd" }
  /** A calendar month, `YYYY-MM`; the current one runs to today. */
  | { kind: "month"; month: string }
  | { kind: "custom"; from: IsoDate; to: IsoDate };

const MONTHS_OF: Record<RollingPreset, number> = { "1m": 1, "3m": 3, "6m": 6, "1y": 12 };

/** London's wall clock, field by field; made on first use so importing this module costs no Intl set-up. */
let londonClock: Intl.DateTimeFormat | undefined;

function londonWallClock(instant: Date): Date {
  londonClock ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: LONDON,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const field = Object.fromEntries(londonClock.formatToParts(instant).map(({ type, value }) => [type, Number(value)]));
  const wall = utcDay(field.year ?? NaN, (field.month ?? NaN) - 1, field.day ?? NaN);
  wall.setUTCHours(field.hour ?? NaN, field.minute ?? NaN, field.second ?? NaN);
  return wall;
}

/** Today's date in London at `now`. */
export function londonToday(now: Date = new Date()): IsoDate {
  return isoOf(londonWallClock(now));
}

/** The same day `months` later, clamped to the month's end (31 January + 1 month = 28 or 29 February). */
export function shiftMonths(iso: IsoDate, months: number): IsoDate {
  const date = calendarDay(iso);
  const year = date.getUTCFullYear();
  const monthIndex = date.getUTCMonth() + months;
  const lastDay = utcDay(year, monthIndex + 1, 0).getUTCDate();
  return isoOf(utcDay(year, monthIndex, Math.min(date.getUTCDate(), lastDay)));
}

/** The calendar month `YYYY-MM` containing a day, as a range of whole days. */
export function monthRange(month: string): DateRange {
  const first = calendarDay(`${month}-01`);
  return { from: isoOf(first), to: isoOf(utcDay(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)) };
}

/**
 * The days a period covers on `today`, never past today (data does not exist yet) — the current month and
 * custom ranges that reach into the future are cut at today.
 */
export function resolvePeriod(period: Period, today: IsoDate): DateRange {
  const range = ((): DateRange => {
    switch (period.kind) {
      case "rolling":
        return { from: shiftDays(shiftMonths(today, -MONTHS_OF[period.preset]), 1), to: today };
      case "ytd":
        return { from: `${today.slice(0, 4)}-01-01`, to: today };
      case "month":
        return monthRange(period.month);
      case "custom":
        return { from: period.from, to: period.to };
    }
  })();
  return range.to > today ? { from: range.from, to: today } : range;
}

/**
 * A London wall-clock time (given as the UTC date with those fields) in RFC 3339 with London's offset then, as
 * `2026-06-01T00:00:00+01:00` or `2026-01-01T00:00:00Z`. The offset is read at the instant an hour's guess points
 * to; our edges (midnight, 23:59:59) are never in the hour the clocks skip or repeat, so one correction is exact.
 */
function londonInstant(wall: Date): string {
  const offsetAt = (instant: Date) => londonWallClock(instant).getTime() - instant.getTime();
  const offsetMinutes = Math.round(offsetAt(new Date(wall.getTime() - offsetAt(wall))) / 60_000);
  const clock = wall.toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${clock}Z`;
  const size = Math.abs(offsetMinutes);
  return `${clock}${offsetMinutes > 0 ? "+" : "-"}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/** RFC 3339 instants for Bud's `date_from`/`date_to`: London midnight to the last second of the last day. */
export function rangeInstants({ from, to }: DateRange): { from: string; to: string } {
  const lastSecond = calendarDay(to);
  lastSecond.setUTCHours(23, 59, 59);
  return { from: londonInstant(calendarDay(from)), to: londonInstant(lastSecond) };
}

/** The range of equal length that ends the day before this one starts. */
export function previousRange(range: DateRange): DateRange {
  const to = shiftDays(range.from, -1);
  return { from: shiftDays(to, 1 - rangeDays(range)), to };
}

/**
 * Month to date against the same days of last month (1–29 November against 1–29 October), never a whole month
 * against a part of one. Days past the end of a shorter month are dropped (30 March compares with all of February).
 */
export function monthToDateComparison(today: IsoDate): { current: DateRange; previous: DateRange } {
  const current = { from: `${today.slice(0, 7)}-01`, to: today };
  const lastMonth = monthRange(shiftMonths(current.from, -1).slice(0, 7));
  const sameDay = shiftDays(lastMonth.from, Number(today.slice(8, 10)) - 1);
  return { current, previous: { from: lastMonth.from, to: sameDay < lastMonth.to ? sameDay : lastMonth.to } };
}

/** The `count` whole calendar months before the month containing `today`, oldest first. */
export function wholeMonthsBefore(today: IsoDate, count: number): DateRange[] {
  return Array.from({ length: count }, (_, index) => monthRange(shiftMonths(`${today.slice(0, 7)}-01`, index - count).slice(0, 7)));
}

/** Bud's balance granularities that we chart. */
export type Granularity = "daily" | "weekly" | "monthly";
const GRANULARITY_DAYS: Record<Granularity, number> = { daily: 1, weekly: 7, monthly: 30 };
/** Fewer points than this makes a line chart meaningless; more is noise on a phone. */
const MIN_POINTS = 2;
const MAX_POINTS = 400;

export function granularitiesFor(range: DateRange): Granularity[] {
  const days = rangeDays(range);
  return (Object.keys(GRANULARITY_DAYS) as Granularity[]).filter((granularity) => {
    const points = days / GRANULARITY_DAYS[granularity];
    return points >= MIN_POINTS && points <= MAX_POINTS;
  });
}

/** The point spacing that fits a range: daily up to three months, weekly up to a year, then monthly. */
export function granularityFor(range: DateRange): Granularity {
  const days = rangeDays(range);
  return days <= 92 ? "daily" : days <= 366 ? "weekly" : "monthly";
}

/**
 * The monthly period that contains `day` for something that restarts on `startingDay` (1–28) of each month,
 * e.g. a budget from the 25th: 25 October – 24 November.
 */
export function monthlyPeriodContaining(day: IsoDate, startingDay: number): DateRange {
  const startThisMonth = `${day.slice(0, 7)}-${String(startingDay).padStart(2, "0")}`;
  const from = day >= startThisMonth ? startThisMonth : shiftMonths(startThisMonth, -1);
  return { from, to: shiftDays(shiftMonths(from, 1), -1) };
}

/** How far through a range `today` is: days elapsed (today included) and days left after today. */
export function progressThrough(range: DateRange, today: IsoDate): { elapsedDays: number; daysLeft: number; share: number } {
  const total = rangeDays(range);
  const elapsedDays = Math.min(total, Math.max(0, rangeDays({ from: range.from, to: today })));
  return { elapsedDays, daysLeft: total - elapsedDays, share: elapsedDays / total };
}

export function periodToString(period: Period): string {
  switch (period.kind) {
    case "rolling":
      return period.preset;
    case "ytd":
      return "ytd";
    case "month":
      return period.month;
    case "custom":
      return `${period.from}..${period.to}`;
  }
}
