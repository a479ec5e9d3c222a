import { describe, expect, it } from "vitest";
import { businessDaysBetween, isBusinessDay } from "./bank-holidays";
import { dayOf } from "./calendar";

describe("England and Wales business days", () => {
  it("skips weekends, bank holidays and their substitute days", () => {
    expect(isBusinessDay(dayOf("2026-11-30"))).toBe(true); // a Monday
    expect(isBusinessDay(dayOf("2026-11-28"))).toBe(false); // a Saturday
    expect(isBusinessDay(dayOf("2026-04-03"))).toBe(false); // Good Friday
    expect(isBusinessDay(dayOf("2026-12-28"))).toBe(false); // Boxing Day's substitute
    expect(isBusinessDay(dayOf("2028-01-03"))).toBe(false); // New Year's Day's substitute
  });

  it("counts business days between two dates", () => {
    // Thursday 24 December 2026 → Tuesday 29 December: Christmas Day and the Boxing Day substitute do not count.
    expect(businessDaysBetween(dayOf("2026-12-24"), dayOf("2026-12-29"))).toBe(1);
    expect(businessDaysBetween(dayOf("2026-11-27"), dayOf("2026-12-02"))).toBe(3);
    expect(businessDaysBetween(dayOf("2026-12-02"), dayOf("2026-11-27"))).toBe(0);
  });
});
