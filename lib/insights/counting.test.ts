import { describe, expect, it } from "vitest";
import { compareCategories, hasHistory } from "@/lib/insights/comparison";
import {
  cashFlow,
  countedAccountIds,
  currenciesOf,
  OWN_ACCOUNT_TRANSFER_CATEGORIES,
  spendingByCategory,
  topWithOther,
} from "@/lib/insights/counting";
import { flow, total } from "@/lib/insights/testing";

describe("spending by category", () => {
  it("nets refunds against the category's debits and drops categories refunded in full", () => {
    const flows = [
      flow("shopping", [total(-10_000, "GBP", 3)], [total(2_500)]),
      flow("travel", [total(-4_000)], [total(4_000)]),
      flow("eating_out", [total(-12_000, "GBP", 5)]),
    ];
    expect(spendingByCategory(flows, "GBP")).toEqual([
      { category: "eating_out", amount: { minor: 12_000, currency: "GBP" }, count: 5, subcategories: [] },
      { category: "shopping", amount: { minor: 7_500, currency: "GBP" }, count: 4, subcategories: [] },
    ]);
  });

  it("leaves income out of spending", () => {
    const flows = [flow("income", [total(-500)], [total(300_000)]), flow("transport", [total(-2_000)])];
    expect(spendingByCategory(flows, "GBP").map((spend) => spend.category)).toEqual(["transport"]);
  });

  it("keeps each currency apart and never adds them together", () => {
    const flows = [flow("travel", [total(-10_000, "GBP"), total(-20_000, "EUR")]), flow("shopping", [total(-5_000, "EUR")])];
    expect(currenciesOf(flows)).toEqual(["GBP", "EUR"]);
    expect(spendingByCategory(flows, "GBP").map((spend) => spend.amount)).toEqual([{ minor: 10_000, currency: "GBP" }]);
    expect(spendingByCategory(flows, "EUR").map((spend) => spend.amount.minor)).toEqual([20_000, 5_000]);
    expect(cashFlow(flows).map((flow) => [flow.currency, flow.moneyOut.minor])).toEqual([
      ["GBP", 10_000],
      ["EUR", 25_000],
    ]);
  });

  it("nets subcategories the same way", () => {
    const flows = [flow("food_and_drink", [total(-9_000)], [], [flow("groceries", [total(-8_000)], [total(1_000)]), flow("coffee", [total(-2_000)])])];
    expect(spendingByCategory(flows, "GBP")[0]?.subcategories.map((spend) => [spend.category, spend.amount.minor])).toEqual([
      ["groceries", 7_000],
      ["coffee", 2_000],
    ]);
  });
});

describe("own-account transfers", () => {
  it("are excluded through category filters in Bud's l1.l2 form", () => {
    for (const category of OWN_ACCOUNT_TRANSFER_CATEGORIES) expect(category).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(OWN_ACCOUNT_TRANSFER_CATEGORIES).toContain("pensions_savings_and_investments.savings");
    expect(OWN_ACCOUNT_TRANSFER_CATEGORIES).toContain("borrowing_and_loans.credit_cards");
  });
});

describe("money in and out", () => {
  it("counts income and refunds in, every debit out", () => {
    const flows = [flow("income", [], [total(250_000)]), flow("shopping", [total(-30_000)], [total(5_000)])];
    expect(cashFlow(flows)).toEqual([
      {
        currency: "GBP",
        moneyIn: { minor: 255_000, currency: "GBP" },
        moneyOut: { minor: 30_000, currency: "GBP" },
        net: { minor: 225_000, currency: "GBP" },
        count: 3,
      },
    ]);
  });
});

describe("top categories and Other", () => {
  const spends = (count: number) =>
    spendingByCategory(
      Array.from({ length: count }, (_, index) => flow(`c${index}`, [total(-(count - index) * 100)])),
      "GBP",
    );

  it("groups everything after the top six into Other", () => {
    const { top, other } = topWithOther(spends(9), 6);
    expect(top.map((spend) => spend.category)).toEqual(["c0", "c1", "c2", "c3", "c4", "c5"]);
    expect(other).toMatchObject({ category: "other", amount: { minor: 300 + 200 + 100 }, count: 3, categories: ["c6", "c7", "c8"] });
  });

  it("never makes an Other out of one category", () => {
    expect(topWithOther(spends(7), 6)).toMatchObject({ other: null });
    expect(topWithOther(spends(7), 6).top).toHaveLength(7);
    expect(topWithOther(spends(2), 6)).toMatchObject({ other: null });
  });
});

describe("month to date comparison", () => {
  it("compares with last month's same days and the average of months that have data", () => {
    const input = {
      current: [flow("eating_out", [total(-6_000)])],
      previous: [flow("eating_out", [total(-4_000)]), flow("travel", [total(-1_000)])],
      months: [[], [flow("eating_out", [total(-9_000)])], [flow("travel", [total(-3_000)])]],
    };
    expect(compareCategories(input, "GBP")).toEqual([
      { category: "eating_out", current: { minor: 6_000, currency: "GBP" }, previous: { minor: 4_000, currency: "GBP" }, average: { minor: 4_500, currency: "GBP" } },
      { category: "travel", current: { minor: 0, currency: "GBP" }, previous: { minor: 1_000, currency: "GBP" }, average: { minor: 1_500, currency: "GBP" } },
    ]);
    expect(hasHistory(input, "GBP")).toBe(true);
  });

  it("knows when there is nothing to compare with yet", () => {
    const input = { current: [flow("eating_out", [total(-6_000)])], previous: [], months: [[], []] };
    expect(hasHistory(input, "GBP")).toBe(false);
    expect(compareCategories(input, "GBP")[0]?.average).toBeNull();
  });
});

describe("countedAccountIds", () => {
  it("sends no account filter while nothing is hidden, or only hidden ids of accounts that are gone", () => {
    expect(countedAccountIds(["a", "b"], new Set())).toBeUndefined();
    expect(countedAccountIds(["a", "b"], new Set(["gone"]))).toBeUndefined();
  });

  it("counts only the accounts not hidden, and none when all are", () => {
    expect(countedAccountIds(["a", "b", "c"], new Set(["b"]))).toEqual(["a", "c"]);
    expect(countedAccountIds(["a", "b"], new Set(["a", "b"]))).toEqual([]);
  });
});
