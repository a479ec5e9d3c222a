import { describe, expect, it } from "vitest";
import type { CategoryFlow } from "@/lib/insights/counting";
import { rankCategories, trendRows } from "@/lib/insights/trends";

const spent = (category: string, minor: number): CategoryFlow => ({
  category,
  debits: [{ amount: { minor: -minor, currency: "GBP" }, count: 1 }],
  credits: [],
  subcategories: [],
});
const bucket = (month: string, flows: CategoryFlow[]) => ({ from: `${month}-01`, to: `${month}-28`, flows });

describe("spending trend", () => {
  const buckets = [
    bucket("2026-09", ["a", "b", "c", "d", "e", "f", "g"].map((category, index) => spent(category, 700 - index * 100))),
    bucket("2026-10", [spent("a", 50), spent("g", 10)]),
  ];

  it("stacks the five biggest categories over the window and puts the rest in Other", () => {
    const { categories, rows } = trendRows(buckets, "GBP");
    expect(categories).toEqual(["a", "b", "c", "d", "e", "other"]);
    expect(rows[0]?.values).toEqual({ a: 700, b: 600, c: 500, d: 400, e: 300, other: 200 + 100 });
    expect(rows[1]?.values).toEqual({ a: 50, b: 0, c: 0, d: 0, e: 0, other: 10 });
  });

  it("draws one category on its own", () => {
    expect(trendRows(buckets, "GBP", "g")).toEqual({
      categories: ["g"],
      rows: [
        { from: "2026-09-01", to: "2026-09-28", values: { g: 100 } },
        { from: "2026-10-01", to: "2026-10-28", values: { g: 10 } },
      ],
    });
  });

  it("ranks categories by their spending over the whole window", () => {
    expect(rankCategories(buckets, "GBP").slice(0, 2)).toEqual(["a", "b"]);
    expect(rankCategories(buckets, "EUR")).toEqual([]);
  });
});
