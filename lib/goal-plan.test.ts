import { describe, expect, it } from "vitest";
import { goalPlan, monthsUntil, suggestedTopUp } from "@/lib/goal-plan";

const gbp = (minor: number) => ({ minor, currency: "GBP" });
const base = { target: gbp(300_000), saved: gbp(50_000), allocationRatio: 0.2, createdOn: "2026-01-01", today: "2026-11-30" };

describe("months until a date", () => {
  it("counts whole months and a part month as one", () => {
    expect(monthsUntil("2026-11-30", "2026-12-30")).toBe(1);
    expect(monthsUntil("2026-11-30", "2026-12-15")).toBe(1);
    expect(monthsUntil("2026-11-30", "2027-03-31")).toBe(5);
    expect(monthsUntil("2026-01-31", "2026-02-28")).toBe(1);
  });
});

describe("a goal's plan", () => {
  it("gives the monthly amount for the goal and, through its share, for the account", () => {
    // £2,500 to go over 10 months: £250 a month into the goal, £1,250 a month into an account it holds 20% of.
    const plan = goalPlan({ ...base, targetDate: "2027-09-30" });
    expect([plan.remaining, plan.monthsLeft, plan.monthlyForGoal, plan.monthlyIntoAccount]).toEqual([gbp(250_000), 10, gbp(25_000), gbp(125_000)]);
    expect(plan.progress).toBeCloseTo(1 / 6);
  });

  it("rounds amounts to save up to the penny", () => {
    const plan = goalPlan({ ...base, target: gbp(100_000), saved: gbp(0), allocationRatio: 0.3, targetDate: "2027-02-28" });
    expect(plan.monthlyForGoal).toEqual(gbp(33_334));
    expect(plan.monthlyIntoAccount).toEqual(gbp(111_114));
  });

  it("is behind when below the straight line from its start to its date", () => {
    // Created 1 January 2026 for 1 January 2027: by 30 November (333 of 365 days) £2,736.99 is expected.
    const plan = goalPlan({ ...base, targetDate: "2027-01-01" });
    expect(plan.status).toEqual({ kind: "behind", by: gbp(223_699) });
    expect(goalPlan({ ...base, saved: gbp(280_000), targetDate: "2027-01-01" }).status).toEqual({ kind: "on_track" });
  });

  it("shows progress only without a date, says when the date has passed, and stops once reached", () => {
    const undated = goalPlan({ ...base, targetDate: null });
    expect([undated.status, undated.monthlyForGoal]).toEqual([{ kind: "no_date" }, null]);
    expect(goalPlan({ ...base, targetDate: "2026-11-01" }).status).toEqual({ kind: "past_date" });
    const reached = goalPlan({ ...base, saved: gbp(310_000), targetDate: "2027-01-01" });
    expect([reached.status, reached.progress, reached.remaining, reached.monthlyIntoAccount]).toEqual([{ kind: "reached" }, 1, gbp(0), null]);
  });
});

describe("the suggested top-up", () => {
  it("is this month's amount into the account when dated, all that is left (through the share) when not, nothing once reached", () => {
    expect(suggestedTopUp(goalPlan({ ...base, targetDate: "2027-09-30" }), 0.2)).toEqual(gbp(125_000));
    // £2,500 left of a goal holding 30% of its account: £8,333.34 into the account, rounded up to the penny.
    expect(suggestedTopUp(goalPlan({ ...base, allocationRatio: 0.3, targetDate: null }), 0.3)).toEqual(gbp(833_334));
    expect(suggestedTopUp(goalPlan({ ...base, saved: gbp(300_000), targetDate: null }), 0.2)).toBeNull();
  });
});
