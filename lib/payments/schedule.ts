import { shiftDays, shiftMonths, type IsoDate } from "@/lib/periods";
import type { StandingOrderFrequency } from "@/lib/schemas/payments";

/*
 * A standing order's dates. Bud takes a first and an optional last payment date; people think in "12 payments",
 * so a count is turned into the last date here. Every payment is counted from the first date (the 31st stays the
 * 31st, or the month's last day), as the bank and the Bud stand-in count them. Browser-safe.
 */

export const PAYMENT_COUNT_MIN = 2;
export const PAYMENT_COUNT_MAX = 999;

const STEP: Record<StandingOrderFrequency, { days: number } | { months: number }> = {
  daily: { days: 1 },
  weekly: { days: 7 },
  fortnightly: { days: 14 },
  monthly: { months: 1 },
  quarterly: { months: 3 },
  semiannually: { months: 6 },
  yearly: { months: 12 },
};

/** The date of payment number `n` (0 = the first). */
export function nthPaymentDate(first: IsoDate, frequency: StandingOrderFrequency, n: number): IsoDate {
  const step = STEP[frequency];
  return "days" in step ? shiftDays(first, step.days * n) : shiftMonths(first, step.months * n);
}

/** The last of `count` payments starting on `first`. */
export function lastPaymentDate(first: IsoDate, frequency: StandingOrderFrequency, count: number): IsoDate {
  return nthPaymentDate(first, frequency, count - 1);
}
