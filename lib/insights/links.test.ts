import { describe, expect, it } from "vitest";
import { transactionsHref } from "@/lib/insights/links";

describe("links to the transactions behind a number", () => {
  it("carries the range and exactly the filters given, in a stable order", () => {
    expect(transactionsHref({ from: "2026-11-01", to: "2026-11-30" }, { category_l1: "food_and_drink", category_l2: "groceries" })).toBe(
      "/transactions?category_l1=food_and_drink&category_l2=groceries&from=2026-11-01&to=2026-11-30",
    );
    expect(transactionsHref({ from: "2026-11-01", to: "2026-11-30" }, { merchant: "tesco" })).toBe(
      "/transactions?from=2026-11-01&merchant=tesco&to=2026-11-30",
    );
  });
});
