/*
 * Calendar days as `YYYY-MM-DD`, counted on UTC dates (a day there is always 24 hours, so no clock change can
 * shift one). The arithmetic lib/periods.ts builds on, apart from it so that code which only checks or counts
 * dates (the URL rules of /transactions) does not load the period maths.
 */

/** A calendar day in Europe/London, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Inclusive on both ends. */
export interface DateRange {
  from: IsoDate;
  to: IsoDate;
}

/** The longest custom range we accept: five years, leap days included. */
export const MAX_RANGE_DAYS = 5 * 366;

const DAY_MS = 86_400_000;

/** Midnight UTC of a calendar day; months and days out of range roll over (month 12 is next January). */
export function utcDay(year: number, monthIndex: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day); // not Date.UTC, which reads years 0–99 as 1900–1999
  return date;
}

export function calendarDay(iso: IsoDate): Date {
  const [year = NaN, month = NaN, day = NaN] = iso.split("-").map(Number);
  return utcDay(year, month - 1, day);
}

export const pad = (value: number, width = 2) => String(value).padStart(width, "0");

export const isoOf = (date: Date): IsoDate => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** A real calendar day written as `YYYY-MM-DD` (no 30 February). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && isoOf(calendarDay(value)) === value;
}

export function shiftDays(iso: IsoDate, days: number): IsoDate {
  const date = calendarDay(iso);
  return isoOf(utcDay(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

/** Days in the range, both ends counted. */
export function rangeDays({ from, to }: DateRange): number {
  return Math.round((calendarDay(to).getTime() - calendarDay(from).getTime()) / DAY_MS) + 1;
}
