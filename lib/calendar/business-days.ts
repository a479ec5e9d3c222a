import { isBankHoliday } from "@/lib/calendar/bank-holidays";
import { shiftDays, type IsoDate } from "@/lib/periods";

/*
 * England and Wales business days on `YYYY-MM-DD` days (London calendar days, as lib/periods has them). Browser-safe:
 * the payment form offers and checks the same dates as the route and the Bud stand-in.
 */

/** 0 = Sunday … 6 = Saturday, for a calendar day (no time zone involved). */
function weekday(iso: IsoDate): number {
  return new Date(`${iso}T12:00:00Z`).getUTCDay();
}

/** A weekday that is not an England and Wales bank holiday. */
export function isBusinessDay(iso: IsoDate): boolean {
  const day = weekday(iso);
  return day !== 0 && day !== 6 && !isBankHoliday(iso);
}

/** Business days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function businessDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let day = shiftDays(from, 1); day <= to; day = shiftDays(day, 1)) if (isBusinessDay(day)) count++;
  return count;
}

/** The first business day at least `count` business days after `today`. */
export function businessDaysAhead(today: IsoDate, count: number): IsoDate {
  let day = today;
  for (let found = 0; found < count; ) {
    day = shiftDays(day, 1);
    if (isBusinessDay(day)) found++;
  }
  return day;
}
