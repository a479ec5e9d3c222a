import { describe, expect, it } from "vitest";
import { budgetProgress, budgetTotals } from "@/lib/budget-progress";
import { monthRange } from "@/lib/periods";

const gbp = (minor: number) => ({ minor, currency: "GBP" });
const november = monthRange("2026-11");

describe("a monthly budget's progress", () => {
  it("is on pace when spending is at or under the elapsed share of the month", () => {
    // Day 15 of 30: half the month, so £150 of £300 is exactly on pace; projected to £300.
    const progress = budgetProgress({ limit: gbp(30_000), spent: gbp(15_000), period: november, today: "2026-11-15" });
    expect(progress).toEqual({
      remaining: gbp(15_000),
      share: 0.5,
      health: "under",
      pace: { expected: gbp(15_000), overBy: null, projected: gbp(30_000), daysLeft: 15 },
    });
  });

  it("says how far over pace it is and projects the month's end", () => {
    // Day 10 of 30: £100 expected, £138 spent → £38 over pace, heading for £414.
    const { pace, health } = budgetProgress({ limit: gbp(30_000), spent: gbp(13_800), period: november, today: "2026-11-10" });
    expect(pace?.overBy).toEqual(gbp(3_800));
    expect(pace?.projected).toEqual(gbp(41_400));
    expect(health).toBe("under");
  });

  it("is near its limit from 85% and over it past 100%, with a negative remainder", () => {
    expect(budgetProgress({ limit: gbp(10_000), spent: gbp(8_500), period: november, today: "2026-11-29" }).health).toBe("near");
    const over = budgetProgress({ limit: gbp(10_000), spent: gbp(12_550), period: november, today: "2026-11-29" });
    expect([over.health, over.remaining]).toEqual(["over", gbp(-2_550)]);
  });

  it("counts pace in whole London days across the clock change", () => {
    const period = { from: "2026-10-15", to: "2026-11-14" }; // 31 days, through 25 October
    const { pace } = budgetProgress({ limit: gbp(31_000), spent: gbp(0), period, today: "2026-10-25" });
    expect(pace?.expected).toEqual(gbp(11_000));
    expect(pace?.daysLeft).toBe(20);
  });
});

describe("a one-off budget", () => {
  it("has no pace, only spent against the limit", () => {
    expect(budgetProgress({ limit: gbp(200_000), spent: gbp(50_000), period: null, today: "2026-11-15" }).pace).toBeNull();
  });
});

describe("totals across budgets", () => {
  it("adds per currency and never across currencies", () => {
    const totals = budgetTotals([
      { limit: gbp(30_000), spent: gbp(10_000) },
      { limit: { minor: 5_000, currency: "EUR" }, spent: { minor: 6_000, currency: "EUR" } },
      { limit: gbp(20_000), spent: gbp(25_000) },
    ]);
    expect(totals).toEqual([
      { limit: gbp(50_000), spent: gbp(35_000), remaining: gbp(15_000) },
      { limit: { minor: 5_000, currency: "EUR" }, spent: { minor: 6_000, currency: "EUR" }, remaining: { minor: -1_000, currency: "EUR" } },
    ]);
  });
});
