/**
 * Calendar arithmetic on "day numbers" (whole UTC days since 1970-01-01) and epoch seconds: integers are cheap
 * to store in typed arrays and compare, and every conversion goes through Date.UTC, so there is no local-time
 * ambiguity.
 */
import { InvalidQuery } from "./world";

export const SECONDS_PER_DAY = 86_400;

export interface Civil {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  dayOfMonth: number;
  /** 0 = Monday … 6 = Sunday */
  weekday: number;
}

export function dayFromCivil(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / 86_400_000;
}

export function civil(day: number): Civil {
  const date = new Date(day * 86_400_000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    dayOfMonth: date.getUTCDate(),
    weekday: (date.getUTCDay() + 6) % 7,
  };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The same day of month `months` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: number, months: number): number {
  const { year, month, dayOfMonth } = civil(day);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const y = target.getUTCFullYear();
  const m = target.getUTCMonth() + 1;
  return dayFromCivil(y, m, Math.min(dayOfMonth, daysInMonth(y, m)));
}

/** Day number of a YYYY-MM-DD date written in code (profiles); request input goes through parseInstant. */
export function dayOf(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000;
}

export function isoDate(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** RFC 3339 in UTC without fractional seconds, as Bud prints them: 2022-05-28T15:00:00Z. */
export function isoDateTime(epochSeconds: number): string {
  return `${new Date(epochSeconds * 1000).toISOString().slice(0, 19)}Z`;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Epoch seconds of an RFC 3339 date-time, or of a bare YYYY-MM-DD date taken as UTC: its start, or with
 * `endOfDay` its last second (so `date_to=2024-05-01` includes the whole day). Throws InvalidQuery otherwise.
 */
export function parseInstant(text: string, endOfDay = false): number {
  const trimmed = text.trim().toUpperCase();
  if (DATE_ONLY.test(trimmed)) {
    const day = Date.parse(`${trimmed}T00:00:00Z`) / 86_400_000;
    if (Number.isInteger(day) && isoDate(day) === trimmed) return endOfDay ? (day + 1) * SECONDS_PER_DAY - 1 : day * SECONDS_PER_DAY;
  } else if (DATE_TIME.test(trimmed)) {
    const millis = Date.parse(trimmed.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
    if (Number.isFinite(millis)) return Math.floor(millis / 1000);
  }
  throw new InvalidQuery(`Not an RFC 3339 date-time or YYYY-MM-DD date: ${JSON.stringify(text)}`);
}

export function dayOfInstant(epochSeconds: number): number {
  return Math.floor(epochSeconds / SECONDS_PER_DAY);
}

/** UK clocks run one hour ahead of UTC from the last Sunday of March to the last Sunday of October. */
export function ukUtcOffsetHours(day: number): number {
  const { year } = civil(day);
  const lastSunday = (month: number) => {
    const last = dayFromCivil(year, month, daysInMonth(year, month));
    return last - ((civil(last).weekday + 1) % 7);
  };
  return day >= lastSunday(3) && day < lastSunday(10) ? 1 : 0;
}

/** Fixed-date bank holidays only (New Year, Christmas, Boxing Day): enough to move DDs and salaries realistically. */
function isBankHoliday({ month, dayOfMonth }: Civil): boolean {
  return (month === 1 && dayOfMonth === 1) || (month === 12 && (dayOfMonth === 25 || dayOfMonth === 26));
}

function isWorkingDay(day: number): boolean {
  const date = civil(day);
  return date.weekday < 5 && !isBankHoliday(date);
}

/** Moves a payment off weekends and holidays: salaries come earlier ("before"), direct debits later ("after"). */
export function toWorkingDay(day: number, direction: "before" | "after"): number {
  let d = day;
  while (!isWorkingDay(d)) d += direction === "before" ? -1 : 1;
  return d;
}
