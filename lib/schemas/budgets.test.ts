import { describe, expect, it } from "vitest";
import { BUDGET_FORM_DEFAULTS, BudgetForm, categoryErrors } from "@/lib/schemas/budgets";

const valid = { ...BUDGET_FORM_DEFAULTS, name: "Eating out", amount: "£240", categories: [{ l1: "eating_out", l2: [] }] };

function fieldOf(input: unknown): string | undefined {
  const result = BudgetForm.safeParse(input);
  return result.success ? undefined : result.error.issues[0]!.path.join(".");
}

describe("BudgetForm", () => {
  it.each(["12.5", "12.50", "£12.50", "1,200"])("accepts the limit %s", (amount) => {
    expect(BudgetForm.safeParse({ ...valid, amount }).success).toBe(true);
  });

  it.each([
    ["a zero limit", { amount: "0" }, "amount"],
    ["a negative limit", { amount: "-10" }, "amount"],
    ["three decimal places", { amount: "12.345" }, "amount"],
    ["an absurd limit", { amount: "5,000,000" }, "amount"],
    ["an empty name", { name: "  " }, "name"],
    ["a starting day of 29", { startingDay: 29 }, "startingDay"],
    ["an unknown period", { period: "weekly" }, "period"],
    ["a currency we do not budget in", { currency: "USD" }, "currency"],
    ["a malformed category slug", { categories: [{ l1: "Eating Out!", l2: [] }] }, "categories.0.l1"],
    ["the same category twice", { categories: [{ l1: "eating_out", l2: [] }, { l1: "eating_out", l2: [] }] }, "categories"],
  ])("refuses %s, naming the field", (_, change, field) => {
    expect(fieldOf({ ...valid, ...change })).toBe(field);
  });

  it.each([["customer_id"], ["id"], ["spent"]])("refuses a body carrying %s", (extra) => {
    expect(BudgetForm.safeParse({ ...valid, [extra]: "x" }).success).toBe(false);
  });

  it("reports a bad amount alongside other fields' errors", () => {
    const result = BudgetForm.safeParse({ ...valid, name: "", amount: "12.345" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(expect.arrayContaining(["name", "amount"]));
  });

  it("explains three decimal places plainly", () => {
    const result = BudgetForm.safeParse({ ...valid, amount: "12.345" });
    expect(result.error?.issues[0]?.message).toBe("Use at most 2 decimal places.");
  });
});

describe("categoryErrors", () => {
  const taxonomy = [
    { l1: "food_and_drink", l2: ["groceries", "coffee"] },
    { l1: "transport", l2: ["taxi"] },
  ];

  it("accepts Bud's categories with their own subcategories", () => {
    expect(categoryErrors([{ l1: "food_and_drink", l2: ["groceries"] }, { l1: "transport", l2: [] }], taxonomy)).toBeNull();
  });

  it("names an unknown category and an L2 under the wrong L1", () => {
    expect(categoryErrors([{ l1: "yachts", l2: [] }, { l1: "transport", l2: ["groceries"] }], taxonomy)).toEqual({
      "categories.0.l1": expect.any(String),
      "categories.1.l2": expect.any(String),
    });
  });
});
