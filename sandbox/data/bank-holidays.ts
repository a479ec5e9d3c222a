/**
 * England and Wales business days on day numbers (calendar.ts). The holiday table itself is the app's
 * (`lib/calendar/bank-holidays.ts`), so the stand-in and Budgie's payment form check dates against the same list.
 */
import { BANK_HOLIDAYS } from "../../lib/calendar/bank-holidays";
import { civil, dayOf } from "./calendar";

const HOLIDAYS = new Set(BANK_HOLIDAYS.map(dayOf));

/** A weekday that is not an England and Wales bank holiday. `day` is a day number (calendar.ts). */
export function isBusinessDay(day: number): boolean {
  return civil(day).weekday < 5 && !HOLIDAYS.has(day);
}

/** Business days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function businessDaysBetween(from: number, to: number): number {
  let count = 0;
  for (let day = from + 1; day <= to; day++) if (isBusinessDay(day)) count++;
  return count;
}
