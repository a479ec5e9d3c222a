import { describe, expect, it } from "vitest";
import { periodLabel, spendingPeriod, stepMonth } from "@/lib/insights/spending-period";

const today = "2026-11-30";

describe("the spending page's period", () => {
  it("uses the URL's period, defaulting to this month", () => {
    expect(spendingPeriod(undefined, today)).toEqual({ value: "2026-11", period: { kind: "month", month: "2026-11" } });
    expect(spendingPeriod("3m", today).period).toEqual({ kind: "rolling", preset: "3m" });
    expect(spendingPeriod("2026-01-01..2026-03-31", today).value).toBe("2026-01-01..2026-03-31");
  });

  it("shows this month, and says why, for a reversed, over-long, malformed or future period", () => {
    expect(spendingPeriod("2026-03-31..2026-01-01", today).replaced).toBe("The start date must not be after the end date. Showing this month instead.");
    expect(spendingPeriod("2019-01-01..2026-01-01", today).replaced).toBe("Choose a range of at most five years. Showing this month instead.");
    expect(spendingPeriod("last-tuesday", today)).toMatchObject({ value: "2026-11", replaced: expect.stringContaining("Showing this month") });
    expect(spendingPeriod("2027-01", today)).toMatchObject({ value: "2026-11", replaced: "That month hasn’t happened yet. Showing this month instead." });
  });

  it("steps a month at a time across the year, from a month or from where a preset ends", () => {
    expect(stepMonth({ kind: "month", month: "2026-01" }, "2026-01-31", -1)).toBe("2025-12");
    expect(stepMonth({ kind: "month", month: "2025-12" }, "2025-12-31", 1)).toBe("2026-01");
    expect(stepMonth({ kind: "ytd" }, today, -1)).toBe("2026-10");
  });

  it("names periods in words", () => {
    expect(periodLabel({ kind: "month", month: "2026-03" })).toBe("March 2026");
    expect(periodLabel({ kind: "ytd" })).toBe("Year to date");
    expect(periodLabel({ kind: "custom", from: "2026-01-01", to: "2026-03-31" })).toBe("1 January 2026 – 31 March 2026");
  });
});
