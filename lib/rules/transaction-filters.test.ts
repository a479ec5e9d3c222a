import { describe, expect, it } from "vitest";
import {
  accountIdRule,
  amountRule,
  categorySlugRule,
  checkTransactionFilters,
  combinationProblems,
  hasFilters,
  isoDateRule,
  merchantSlugRule,
  needsSearch,
  searchTextRule,
  TRANSACTION_FILTER_KEYS,
  TRANSACTION_FILTER_RULES,
} from "@/lib/rules/transaction-filters";
import { choiceRule } from "@/lib/rules/choice";
import type { FieldRule } from "@/lib/rules/field-rule";

/** The rule's message for `value`, after its normalising, as checkFields would give it. */
const problemOf = ({ normalise, problem }: FieldRule, value: string) => problem(normalise ? normalise(value) : value);

describe("each transaction filter's rule", () => {
  it.each([
    ["a date", isoDateRule, ["2026-01-31", "2024-02-29"], ["2026-02-30", "30/11/2026", "2026-1-1", "2023-02-29"], "Use a real date written as YYYY-MM-DD."],
    ["an account id", accountIdRule, ["acc_1", "a.b-c~d", "x".repeat(128)], ["../users", "a b", "<b>"], "Choose one of your accounts."],
    ["a category", categorySlugRule, ["food_and_drink", "coffee", "a".repeat(64)], ["Food & Drink", "<script>", "a".repeat(65), "café"], "Choose a category from the list."],
    ["a merchant", merchantSlugRule, ["netflix", "pret_a_manger", "7-eleven"], ["<b>Tesco</b>", "_tesco", "Tesco", "a".repeat(101)], "Choose a merchant from one of your transactions."],
    ["an amount", amountRule, ["12", "12.5", "12.50", "999999999.99"], ["-5", "1.005", "£12", "1,000", "1000000000", "12."], "Enter an amount such as 12.50."],
  ] as const)("accepts %s as Bud writes it and refuses anything else", (_name, rule, good, bad, message) => {
    for (const value of good) expect(problemOf(rule, value)).toBeNull();
    for (const value of bad) expect(problemOf(rule, value)).toBe(message);
  });

  it("bounds an account id before looking at its characters, as the routes always have", () => {
    expect(problemOf(accountIdRule, "x".repeat(129))).toBe("Too big: expected string to have <=128 characters");
    expect(problemOf(accountIdRule, "/".repeat(129))).toBe("Too big: expected string to have <=128 characters");
  });

  it("takes direction and status from their options, worded as the routes worded it", () => {
    expect(problemOf(TRANSACTION_FILTER_RULES.direction, "in")).toBeNull();
    expect(problemOf(TRANSACTION_FILTER_RULES.direction, "sideways")).toBe('Invalid option: expected one of "in"|"out"');
    expect(problemOf(TRANSACTION_FILTER_RULES.status, "pending")).toBeNull();
    expect(problemOf(TRANSACTION_FILTER_RULES.status, "declined")).toBe('Invalid option: expected one of "booked"|"pending"');
    expect(problemOf(choiceRule(["a"]), "A")).toBe('Invalid option: expected one of "a"');
  });

  it("trims a search and refuses an empty, over-long or control-character one", () => {
    expect(searchTextRule.normalise?.("  tesco ")).toBe("tesco");
    expect(problemOf(searchTextRule, "   ")).toBe("Enter something to search for.");
    expect(problemOf(searchTextRule, "x".repeat(201))).toBe("Use at most 200 characters.");
    expect(problemOf(searchTextRule, "tes\tco")).toBe("Remove the hidden control characters (such as tabs or line breaks).");
    expect(problemOf(searchTextRule, "<img src=x>")).toBeNull();
  });
});

describe("combinations of transaction filters", () => {
  it.each([
    ["a reversed range", { from: "2026-02-01", to: "2026-01-01" }, "to", "The end date must not be before the start date."],
    ["a range over five years", { from: "2015-01-01", to: "2026-01-01" }, "from", "Choose a range of at most five years."],
    ["a reversed amount range", { amount_min: "50", amount_max: "10" }, "amount_max", "The largest amount must not be below the smallest."],
    ["status with a search", { q: "tesco", status: "booked" }, "status", "Booked or pending can’t be combined with a search."],
    ["status with an amount range", { amount_min: "10", status: "pending" }, "status", "Booked or pending can’t be combined with an amount range."],
    ["a merchant with a search", { q: "tesco", merchant: "tesco" }, "merchant", "A merchant can’t be combined with a search."],
    ["a category with a search", { q: "tesco", category_l1: "groceries" }, "category_l1", "A category can’t be combined with a search."],
    ["a subcategory with a search", { q: "tesco", category_l2: "coffee" }, "category_l2", "A category can’t be combined with a search."],
    ["a merchant and category with an amount range", { amount_min: "1", merchant: "tesco", category_l2: "coffee" }, "merchant", "A merchant and a category can’t be combined with an amount range."],
    ["a search page over 100", { q: "tesco", page_size: 150 }, "page_size", "Use at most 100 rows per page with a search."],
    ["an amount range page over 100", { amount_max: "5", page_size: 101 }, "page_size", "Use at most 100 rows per page with an amount range."],
  ] as const)("refuses %s on the field to change", (_name, filters, field, message) => {
    expect(combinationProblems(filters)).toEqual([{ field, message }]);
  });

  it.each([
    { from: "2026-01-01", to: "2026-01-01" },
    { from: "2021-01-02", to: "2026-01-01" },
    { amount_min: "10", amount_max: "10.00" },
    { amount_min: "5", category_l1: "groceries", category_l2: "supermarkets" },
    { merchant: "tesco", category_l1: "groceries", status: "booked", page_size: 200 },
    { q: "tesco", amount_min: "5", page_size: 100 },
  ] as const)("allows %j", (filters) => {
    expect(combinationProblems(filters)).toEqual([]);
  });

  it("says every combination problem at once", () => {
    expect(combinationProblems({ q: "tesco", status: "booked", merchant: "tesco", category_l1: "groceries" }).map(({ field }) => field)).toEqual([
      "status",
      "merchant",
      "category_l1",
      "merchant",
    ]);
  });
});

describe("checking the transaction filters", () => {
  it("treats an empty value as no filter and tidies the rest", () => {
    expect(checkTransactionFilters({ q: " tesco ", merchant: "", from: undefined })).toEqual({ ok: true, filters: { q: "tesco" } });
  });

  it("reports each field's problem in the routes' order, and leaves combinations until the fields pass", () => {
    expect(checkTransactionFilters({ status: "declined", from: "2026-02-30", q: "tesco" }, 500)).toEqual({
      ok: false,
      problems: [
        { field: "from", message: "Use a real date written as YYYY-MM-DD." },
        { field: "status", message: 'Invalid option: expected one of "booked"|"pending"' },
        { field: "page_size", message: "Too big: expected number to be <=200" },
      ],
    });
  });

  it("checks the combination with the page size", () => {
    expect(checkTransactionFilters({ q: "tesco" }, 150)).toEqual({
      ok: false,
      problems: [{ field: "page_size", message: "Use at most 100 rows per page with a search." }],
    });
  });

  it("names the filters the page's URL holds, and knows when any is set", () => {
    expect(TRANSACTION_FILTER_KEYS).toEqual(["from", "to", "account_id", "category_l1", "category_l2", "direction", "status", "merchant", "amount_min", "amount_max", "q"]);
    expect(hasFilters({})).toBe(false);
    expect(hasFilters({ direction: "in" })).toBe(true);
  });

  it("sends free text and amount ranges to search, everything else to the list", () => {
    expect(needsSearch({ q: "tesco" })).toBe(true);
    expect(needsSearch({ amount_min: "1" })).toBe(true);
    expect(needsSearch({})).toBe(false);
  });
});
