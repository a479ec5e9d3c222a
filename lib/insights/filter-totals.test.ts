import { describe, expect, it } from "vitest";
import { spendingByCategory } from "@/lib/insights/counting";
import { flow, total } from "@/lib/insights/testing";
import { totalsFromFlows, totalsFromMerchants } from "@/lib/insights/filter-totals";
import type { MerchantTotal } from "@/lib/insights/merchants";

const gbp = (minor: number) => ({ minor, currency: "GBP" });

const flows = [
  flow("income", [], [total(250_000, "GBP", 1)]),
  flow(
    "food_and_drink",
    [total(-31_240, "GBP", 14), total(-4_500, "EUR", 2)],
    [total(760, "GBP", 1)],
    [flow("groceries", [total(-25_000, "GBP", 10)], [total(760, "GBP", 1)]), flow("coffee", [total(-6_240, "GBP", 4)])],
  ),
  flow("shopping", [total(-10_000, "GBP", 2)]),
];

describe("the transaction list's total for its filters", () => {
  it("is, for a spending category, exactly the amount the spending insight shows for it (refunds netted)", () => {
    const insight = spendingByCategory(flows, "GBP").find((spend) => spend.category === "food_and_drink")!;
    const totals = totalsFromFlows(flows, { category_l1: "food_and_drink" }, false);
    expect(totals).toEqual({
      kind: "spent",
      totals: [
        { spent: insight.amount, count: insight.count },
        { spent: { minor: 4_500, currency: "EUR" }, count: 2 },
      ],
      leavesOutHidden: false,
    });
    expect(insight.amount).toEqual(gbp(30_480));
  });

  it("takes an L2 inside its L1, per currency and never added across currencies", () => {
    expect(totalsFromFlows(flows, { category_l1: "food_and_drink", category_l2: "groceries" }, true)).toEqual({
      kind: "spent",
      totals: [{ spent: gbp(24_240), count: 11 }],
      leavesOutHidden: true,
    });
  });

  it("is nothing spent for a category without transactions in the period", () => {
    expect(totalsFromFlows(flows, { category_l1: "travel" }, false)).toEqual({ kind: "spent", totals: [], leavesOutHidden: false });
  });

  it("is money in and out for everything, for income, and for one direction", () => {
    const everything = totalsFromFlows(flows, {}, false);
    expect(everything).toMatchObject({ kind: "flow", direction: null });
    expect(everything.kind === "flow" && everything.totals[0]).toEqual({
      currency: "GBP",
      moneyIn: gbp(250_760),
      moneyOut: gbp(41_240),
      net: gbp(209_520),
      count: 18,
    });
    expect(totalsFromFlows(flows, { category_l1: "income" }, false)).toMatchObject({ kind: "flow", totals: [{ moneyIn: gbp(250_000), count: 1 }] });
    expect(totalsFromFlows(flows, { category_l1: "shopping", direction: "out" }, false)).toMatchObject({
      kind: "flow",
      direction: "out",
      totals: [{ moneyOut: gbp(10_000) }],
    });
  });

  it("has none for transfers between the customer's own accounts, which never count", () => {
    expect(totalsFromFlows(flows, { category_l1: "pensions_savings_and_investments", category_l2: "savings" }, false)).toEqual({
      kind: "none",
      reason: "own_transfers",
    });
    expect(totalsFromFlows(flows, { category_l2: "credit_cards" }, false)).toEqual({ kind: "none", reason: "own_transfers" });
  });

  it("is, for a merchant, the amount Top merchants shows, per currency", () => {
    const merchants: MerchantTotal[] = [
      { slug: "tesco", name: "Tesco", logoUrl: null, spent: gbp(8_420), count: 6 },
      { slug: "tesco", name: "Tesco", logoUrl: null, spent: { minor: 1_200, currency: "EUR" }, count: 1 },
      { slug: "pret", name: "Pret", logoUrl: null, spent: gbp(900), count: 3 },
    ];
    expect(totalsFromMerchants(merchants, "tesco")).toEqual({
      kind: "spent",
      totals: [
        { spent: gbp(8_420), count: 6 },
        { spent: { minor: 1_200, currency: "EUR" }, count: 1 },
      ],
      leavesOutHidden: false,
    });
    expect(totalsFromMerchants(merchants, "netflix")).toEqual({ kind: "spent", totals: [], leavesOutHidden: false });
  });
});
