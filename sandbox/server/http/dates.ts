/** Bud's date parameters and the date-time format the stand-in writes. */
import { z } from "zod";

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/i;

/** Whether the YYYY-MM-DD the value starts with is a day of the calendar (Date.parse rolls 2024-02-30 over). */
function isCalendarDay(value: string): boolean {
  const [year, month, day] = value.slice(0, 10).split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** RFC 3339, or YYYY-MM-DD "assumed to be UTC" (Bud keeps the short form for backwards compatibility). */
export const budDate = z
  .string()
  .refine((value) => (DATE_ONLY.test(value) || RFC3339.test(value)) && isCalendarDay(value) && !Number.isNaN(Date.parse(value)), {
    message: "must be an RFC 3339 date-time or YYYY-MM-DD",
  });

export const rfc3339 = z
  .string()
  .refine((value) => RFC3339.test(value) && isCalendarDay(value) && !Number.isNaN(Date.parse(value)), { message: "must be an RFC 3339 date-time" });

/** Epoch ms of a valid budDate; a bare date used as an upper bound means the whole day. */
export function budDateMs(value: string, bound: "from" | "to"): number {
  const ms = Date.parse(value);
  return DATE_ONLY.test(value) && bound === "to" ? ms + 24 * 60 * 60 * 1000 - 1 : ms;
}

/** RFC 3339 in UTC without milliseconds, the form Bud's examples use. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Sorts date-times by the instant they denote (offsets differ, so string order is not enough). */
export function chronological(dateTimes: string[]): string[] {
  return dateTimes.sort((a, b) => Date.parse(a) - Date.parse(b));
}
