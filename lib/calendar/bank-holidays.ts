/*
 * England and Wales bank holidays (GOV.UK's published list, substitute days included), committed so business-day
 * rules work without a network. One table for the app (the payment form's dates) and the Bud stand-in (which
 * validates the same dates), so the two can never disagree. Browser-safe, no dependencies. Extend the table when
 * the years run out: dates past `BANK_HOLIDAYS_UNTIL` count weekends only.
 */

export const BANK_HOLIDAYS: readonly string[] = [
  // 2024
  "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
  // 2025
  "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
  // 2026 (Boxing Day falls on a Saturday: substitute Monday 28 December)
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
  // 2027 (Christmas on a weekend: substitutes 27 and 28 December)
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
  // 2028 (New Year's Day on a Saturday: substitute Monday 3 January)
  "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
  // 2029
  "2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26",
];

export const BANK_HOLIDAYS_UNTIL = "2029-12-31";

const HOLIDAYS = new Set(BANK_HOLIDAYS);

/** Whether a `YYYY-MM-DD` day is an England and Wales bank holiday. */
export function isBankHoliday(isoDay: string): boolean {
  return HOLIDAYS.has(isoDay);
}
