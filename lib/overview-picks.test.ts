import { describe, expect, it } from "vitest";
import type { Budget, SavingsGoal } from "@/lib/domain";
import { budgetsClosestToLimit, goalsNearestDate } from "@/lib/overview-picks";

const budget = (id: string, spent: number, limit: number): Budget => ({
  id,
  name: id,
  limit: { minor: limit, currency: "GBP" },
  spent: { minor: spent, currency: "GBP" },
  period: { kind: "monthly", startingDay: 1 },
  categories: [],
  merchants: [],
  spentFrom: "2026-11-01",
  spentTo: "2026-11-30",
  createdAt: "2026-11-01T00:00:00Z",
});

const goal = (id: string, targetDate: string | null): SavingsGoal => ({
  id,
  name: id,
  accountId: "acc",
  accountName: "Savings",
  target: { minor: 100000, currency: "GBP" },
  saved: { minor: 0, currency: "GBP" },
  targetDate,
  allocationRatio: 1,
  createdAt: "2026-01-01T00:00:00Z",
});

describe("budgetsClosestToLimit", () => {
  it("puts the largest share of the limit first, over-limit included, and keeps three", () => {
    const picked = budgetsClosestToLimit([budget("a", 10, 100), budget("over", 150, 100), budget("b", 90, 100), budget("c", 50, 100)]);
    expect(picked.map((b) => b.id)).toEqual(["over", "b", "c"]);
  });
});

describe("goalsNearestDate", () => {
  it("orders by date, soonest (and overdue) first, undated last", () => {
    const picked = goalsNearestDate([goal("none", null), goal("late", "2027-06-01"), goal("past", "2026-01-01"), goal("soon", "2026-12-24")]);
    expect(picked.map((g) => g.id)).toEqual(["past", "soon", "late"]);
  });
});
