import { describe, expect, it } from "vitest";
import { totalSeries, type AccountBalanceSeries } from "@/lib/insights/balances";

const series = (accountId: string, currency: string, points: [string, number][]): AccountBalanceSeries => ({
  accountId,
  points: points.map(([date, minor]) => ({ date, balance: { minor, currency } })),
});

describe("total balance over time", () => {
  it("adds accounts per date and carries each account's last balance between its points", () => {
    const totals = totalSeries([
      series("current", "GBP", [["2026-01-01", 100], ["2026-01-08", 300]]),
      series("card", "GBP", [["2026-01-05", -50]]),
    ]);
    expect(totals).toEqual([
      {
        currency: "GBP",
        points: [
          { date: "2026-01-01", minor: 100 },
          { date: "2026-01-05", minor: 50 },
          { date: "2026-01-08", minor: 250 },
        ],
      },
    ]);
  });

  it("keeps one line per currency and never adds currencies together", () => {
    const totals = totalSeries([series("euro", "EUR", [["2026-01-01", 900]]), series("current", "GBP", [["2026-01-01", 100]])]);
    expect(totals.map((total) => [total.currency, total.points[0]?.minor])).toEqual([
      ["GBP", 100],
      ["EUR", 900],
    ]);
  });

  it("has no line for a customer without balances", () => {
    expect(totalSeries([series("new", "GBP", [])])).toEqual([]);
  });
});
