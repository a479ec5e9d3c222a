import { describe, expect, it } from "vitest";
import { categoryTotals, suggestBudgets } from "@/lib/budget-suggestions";
import type { Transaction } from "@/lib/domain";
import { testTransaction } from "@/lib/testing/transaction";

const debit = (l1: string | null, minor: number, currency = "GBP"): Transaction =>
  testTransaction({
    id: `${l1}-${minor}`,
    date: "2026-10-01T10:00:00Z",
    description: "x",
    rawDescription: "x",
    amount: { minor, currency },
    category: l1 ? { l1, l2: null } : null,
  });

describe("categoryTotals", () => {
  it("sums debits per L1 in one currency, as positive amounts", () => {
    const totals = categoryTotals([debit("eating_out", -1000), debit("eating_out", -250), debit("eating_out", 500), debit("travel", -900, "EUR"), debit(null, -100)], "GBP");
    expect(totals).toEqual([{ l1: "eating_out", spent: { minor: 1250, currency: "GBP" } }]);
  });
});

describe("suggestBudgets", () => {
  it("suggests the biggest everyday categories at their monthly average, rounded up to £10", () => {
    const suggestions = suggestBudgets(
      [
        { l1: "eating_out", spent: { minor: 70_000, currency: "GBP" } },
        { l1: "mortgage_and_rent", spent: { minor: 450_000, currency: "GBP" } },
        { l1: "transport", spent: { minor: 30_100, currency: "GBP" } },
      ],
      3,
    );
    // £700 over three months is £233.33 a month: £240. Rent is a commitment, not a budget.
    expect(suggestions).toEqual([
      { l1: "eating_out", monthly: { minor: 24_000, currency: "GBP" } },
      { l1: "transport", monthly: { minor: 11_000, currency: "GBP" } },
    ]);
  });

  it("keeps at most four", () => {
    const totals = ["a", "b", "c", "d", "e"].map((l1, index) => ({ l1, spent: { minor: (index + 1) * 10_000, currency: "GBP" } }));
    expect(suggestBudgets(totals, 1).map((suggestion) => suggestion.l1)).toEqual(["e", "d", "c", "b"]);
  });
});
