import { describe, expect, it } from "vitest";
import { accountLines, TOTAL_LINE, totalLines } from "@/lib/insights/balance-chart";
import type { AccountBalanceSeries } from "@/lib/insights/balances";
import { gbp, testAccount } from "@/lib/testing/account";

const series = (accountId: string, points: [string, number][]): AccountBalanceSeries => ({
  accountId,
  points: points.map(([date, minor]) => ({ date, balance: gbp(minor) })),
});

describe("the balance chart and hidden accounts", () => {
  const current = testAccount(gbp(100), { id: "current", name: "Current" });
  const savings = testAccount(gbp(5000), { id: "savings", name: "Savings", hiddenFromTotals: true });
  const all = [series("current", [["2026-01-01", 100], ["2026-01-02", 120]]), series("savings", [["2026-01-01", 5000], ["2026-01-02", 5000]])];

  it("leaves hidden accounts out of the total line", () => {
    const [gbpLines] = totalLines(all, new Set(["savings"]));
    expect(gbpLines?.rows.map((row) => row.values[TOTAL_LINE])).toEqual([100, 120]);
  });

  it("still draws a hidden account's own line, marked", () => {
    expect(accountLines(all, [current, savings], "GBP").lines).toEqual([
      { key: "current", label: "Current" },
      { key: "savings", label: "Savings (hidden from totals)" },
    ]);
  });
});
