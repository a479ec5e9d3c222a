import { describe, expect, it } from "vitest";
import { BANK_HOLIDAYS, isBankHoliday } from "@/lib/calendar/bank-holidays";
import { businessDaysAhead, businessDaysBetween, isBusinessDay } from "@/lib/calendar/business-days";

describe("England and Wales business days", () => {
  it("skips weekends, bank holidays and their substitute days", () => {
    expect(isBusinessDay("2026-11-30")).toBe(true); // a Monday
    expect(isBusinessDay("2026-11-28")).toBe(false); // a Saturday
    expect(isBusinessDay("2026-11-29")).toBe(false); // a Sunday
    expect(isBusinessDay("2026-04-03")).toBe(false); // Good Friday
    expect(isBusinessDay("2026-12-28")).toBe(false); // Boxing Day's substitute
    expect(isBusinessDay("2028-01-03")).toBe(false); // New Year's Day's substitute
  });

  it("counts business days between two dates", () => {
    expect(businessDaysBetween("2026-12-24", "2026-12-29")).toBe(1);
    expect(businessDaysBetween("2026-11-27", "2026-12-02")).toBe(3);
    expect(businessDaysBetween("2026-12-02", "2026-11-27")).toBe(0);
  });

  it("finds the first day a number of business days ahead", () => {
    expect(businessDaysAhead("2026-11-27", 3)).toBe("2026-12-02"); // Friday → Wednesday
    expect(businessDaysAhead("2026-12-22", 3)).toBe("2026-12-29"); // over Christmas and the substitute day
  });

  it("holds only real calendar days, in order, eight a year", () => {
    expect(BANK_HOLIDAYS.every((day, i) => i === 0 || day > BANK_HOLIDAYS[i - 1]!)).toBe(true);
    expect(BANK_HOLIDAYS.every((day) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day))).toBe(true);
    expect(isBankHoliday("2027-12-27")).toBe(true);
  });
});
