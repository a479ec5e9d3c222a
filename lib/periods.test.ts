import { describe, expect, it } from "vitest";
import { granularitiesFor, granularityFor, isIsoDate, londonToday, monthlyPeriodContaining, monthRange, monthToDateComparison, periodToString, previousRange, progressThrough, rangeDays, rangeInstants, resolvePeriod, shiftMonths, wholeMonthsBefore, type Period } from "@/lib/periods";
import { dateRangeSchema, periodSchema } from "@/lib/schemas/period";

describe("calendar days in London", () => {
  it("knows real dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2025-02-29")).toBe(false);
    expect(isIsoDate("2026-13-01")).toBe(false);
    expect(isIsoDate("2026-1-01")).toBe(false);
    expect(isIsoDate("nonsense")).toBe(false);
  });

  it("takes today's date from London, not UTC", () => {
    // 23:30 UTC on 30 June is already 1 July in London (BST); in winter the two agree.
    expect(londonToday(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    expect(londonToday(new Date("2026-12-31T23:30:00Z"))).toBe("2026-12-31");
  });

  it("clamps month arithmetic to the end of shorter months", () => {
    expect(shiftMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(shiftMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(shiftMonths("2026-03-31", -1)).toBe("2026-02-28");
  });

  it("counts whole days across the clock changes", () => {
    expect(rangeDays({ from: "2026-03-28", to: "2026-03-30" })).toBe(3); // spring forward on the 29th
    expect(rangeDays({ from: "2026-10-24", to: "2026-10-26" })).toBe(3); // fall back on the 25th
    expect(rangeDays(monthRange("2024-02"))).toBe(29);
  });
});

describe("edges sent to Bud", () => {
  it("starts a summer month at London midnight, which is 23:00 UTC the day before", () => {
    const edges = rangeInstants(monthRange("2026-06"));
    expect(edges).toEqual({ from: "2026-06-01T00:00:00+01:00", to: "2026-06-30T23:59:59+01:00" });
    expect(new Date(edges.from).toISOString()).toBe("2026-05-31T23:00:00.000Z");
  });

  it("uses GMT in winter and switches offset inside a range that spans a change", () => {
    expect(rangeInstants(monthRange("2026-01"))).toEqual({ from: "2026-01-01T00:00:00Z", to: "2026-01-31T23:59:59Z" });
    expect(rangeInstants(monthRange("2026-03"))).toEqual({ from: "2026-03-01T00:00:00Z", to: "2026-03-31T23:59:59+01:00" });
    expect(rangeInstants(monthRange("2026-10"))).toEqual({ from: "2026-10-01T00:00:00+01:00", to: "2026-10-31T23:59:59Z" });
    expect(rangeInstants({ from: "2026-03-29", to: "2026-03-29" })).toEqual({ from: "2026-03-29T00:00:00Z", to: "2026-03-29T23:59:59+01:00" });
    expect(rangeInstants({ from: "2026-10-25", to: "2026-10-25" })).toEqual({ from: "2026-10-25T00:00:00+01:00", to: "2026-10-25T23:59:59Z" });
  });
});

describe("periods", () => {
  const today = "2026-11-30";
  const resolve = (period: Period) => resolvePeriod(period, today);

  it("resolves rolling presets to windows ending today", () => {
    expect(resolve({ kind: "rolling", preset: "1m" })).toEqual({ from: "2026-10-31", to: today });
    expect(resolve({ kind: "rolling", preset: "3m" })).toEqual({ from: "2026-08-31", to: today });
    expect(resolve({ kind: "rolling", preset: "1y" })).toEqual({ from: "2025-12-01", to: today });
  });

  it("resolves the year to date and whole or current months", () => {
    expect(resolve({ kind: "ytd" })).toEqual({ from: "2026-01-01", to: today });
    expect(resolve({ kind: "month", month: "2026-02" })).toEqual({ from: "2026-02-01", to: "2026-02-28" });
    expect(resolvePeriod({ kind: "month", month: "2026-11" }, "2026-11-12")).toEqual({ from: "2026-11-01", to: "2026-11-12" });
  });

  it("never reaches past today", () => {
    expect(resolve({ kind: "custom", from: "2026-11-01", to: "2027-01-31" })).toEqual({ from: "2026-11-01", to: today });
  });

  it("round-trips through the URL form", () => {
    const periods: Period[] = [
      { kind: "rolling", preset: "6m" },
      { kind: "ytd" },
      { kind: "month", month: "2025-12" },
      { kind: "custom", from: "2025-01-01", to: "2025-03-31" },
    ];
    for (const period of periods) expect(periodSchema.parse(periodToString(period))).toEqual(period);
  });

  it("refuses malformed, reversed and over-long periods with a sentence", () => {
    for (const bad of ["", "2m", "2026-13", "2026-02-30..2026-03-01", "2026-03-01..2026-02-01", "2020-01-01..2026-01-01", "a..b..c"]) {
      const result = periodSchema.safeParse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0]?.message, bad).toMatch(/\.$/);
    }
    expect(dateRangeSchema.safeParse({ from: "2026-03-01", to: "2026-02-01" }).error?.issues[0]?.path).toEqual(["to"]);
  });
});

describe("comparisons", () => {
  it("compares month to date with the same days of last month", () => {
    expect(monthToDateComparison("2026-11-29")).toEqual({
      current: { from: "2026-11-01", to: "2026-11-29" },
      previous: { from: "2026-10-01", to: "2026-10-29" },
    });
  });

  it("stops at the end of a shorter previous month", () => {
    expect(monthToDateComparison("2026-03-30").previous).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });

  it("finds the equal-length range just before", () => {
    expect(previousRange({ from: "2026-11-01", to: "2026-11-30" })).toEqual({ from: "2026-10-02", to: "2026-10-31" });
  });

  it("lists the whole months before this one, oldest first", () => {
    expect(wholeMonthsBefore("2026-01-15", 2)).toEqual([monthRange("2025-11"), monthRange("2025-12")]);
  });
});

describe("chart granularity", () => {
  it("picks a spacing that fits the range", () => {
    expect(granularityFor({ from: "2026-11-01", to: "2026-11-30" })).toBe("daily");
    expect(granularityFor({ from: "2026-06-01", to: "2026-11-30" })).toBe("weekly");
    expect(granularityFor({ from: "2024-12-01", to: "2026-11-30" })).toBe("monthly");
  });

  it("offers only spacings that give a readable number of points", () => {
    expect(granularitiesFor({ from: "2026-11-01", to: "2026-11-30" })).toEqual(["daily", "weekly"]);
    expect(granularitiesFor({ from: "2021-12-01", to: "2026-11-30" })).toEqual(["weekly", "monthly"]);
  });
});

describe("monthly periods from a starting day", () => {
  it("runs from the starting day to the day before it next month", () => {
    expect(monthlyPeriodContaining("2026-11-10", 25)).toEqual({ from: "2026-10-25", to: "2026-11-24" });
    expect(monthlyPeriodContaining("2026-11-25", 25)).toEqual({ from: "2026-11-25", to: "2026-12-24" });
    expect(monthlyPeriodContaining("2026-02-14", 1)).toEqual({ from: "2026-02-01", to: "2026-02-28" });
  });

  it("crosses the year and the clock change", () => {
    expect(monthlyPeriodContaining("2027-01-03", 28)).toEqual({ from: "2026-12-28", to: "2027-01-27" });
    expect(monthlyPeriodContaining("2026-03-29", 15)).toEqual({ from: "2026-03-15", to: "2026-04-14" });
  });

  it("measures progress through a period", () => {
    const november = monthRange("2026-11");
    expect(progressThrough(november, "2026-11-15")).toEqual({ elapsedDays: 15, daysLeft: 15, share: 0.5 });
    expect(progressThrough(november, "2026-10-31")).toEqual({ elapsedDays: 0, daysLeft: 30, share: 0 });
    expect(progressThrough(november, "2026-12-05")).toEqual({ elapsedDays: 30, daysLeft: 0, share: 1 });
  });
});
