import { describe, expect, it } from "vitest";
import { londonToday, shiftDays } from "@/lib/periods";
import { GOAL_FORM_DEFAULTS, GoalForm, overAllocationMessage } from "@/lib/schemas/goals";

const valid = { ...GOAL_FORM_DEFAULTS, name: "Holiday", accountId: "acc-1", target: "3,000", targetDate: shiftDays(londonToday(), 30), allocationRatio: 0.25 };

function fieldOf(input: unknown): string | undefined {
  const result = GoalForm.safeParse(input);
  return result.success ? undefined : result.error.issues[0]!.path.join(".");
}

describe("GoalForm", () => {
  it("accepts a goal with or without a date", () => {
    expect(GoalForm.safeParse(valid).success).toBe(true);
    expect(GoalForm.safeParse({ ...valid, targetDate: null }).success).toBe(true);
  });

  it.each([
    ["a share above 1", { allocationRatio: 1.01 }, "allocationRatio"],
    ["a share of 0", { allocationRatio: 0 }, "allocationRatio"],
    ["a negative share", { allocationRatio: -0.5 }, "allocationRatio"],
    ["a share that is not a number", { allocationRatio: Number.NaN }, "allocationRatio"],
    ["a share finer than a hundredth of a percent", { allocationRatio: 0.123456 }, "allocationRatio"],
    ["today as the target date", { targetDate: londonToday() }, "targetDate"],
    ["a past target date", { targetDate: "2020-02-01" }, "targetDate"],
    ["an impossible date", { targetDate: "2030-02-30" }, "targetDate"],
    ["a zero target", { target: "0" }, "target"],
    ["three decimal places", { target: "10.005" }, "target"],
    ["an absurd target", { target: "50,000,000" }, "target"],
    ["no account", { accountId: "" }, "accountId"],
  ])("refuses %s, naming the field", (_, change, field) => {
    expect(fieldOf({ ...valid, ...change })).toBe(field);
  });

  it.each([["customer_id"], ["id"], ["goal_balance"]])("refuses a body carrying %s", (extra) => {
    expect(GoalForm.safeParse({ ...valid, [extra]: "x" }).success).toBe(false);
  });
});

describe("overAllocationMessage", () => {
  it("allows goals that together take at most all of the account", () => {
    expect(overAllocationMessage(0.3, [0.5, 0.2])).toBeNull();
    expect(overAllocationMessage(0.1, [0.7, 0.2])).toBeNull();
  });

  it("says how much is still free when a share would go over", () => {
    expect(overAllocationMessage(0.4, [0.7])).toBe("Other goals already use 70% of this account; choose at most 30%.");
    expect(overAllocationMessage(0.01, [0.6, 0.4])).toMatch(/already use all of this account/);
  });
});
