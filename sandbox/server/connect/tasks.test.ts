import { describe, expect, it } from "vitest";
import type { StoredConnectTask } from "../store/state";
import { connectProgress, finishesAt } from "./tasks";

const task = (result: string, fails_at_step?: 1 | 2 | 3): StoredConnectTask => ({
  task_id: "t",
  client_id: "c",
  customer_id: "u",
  provider: "Natwest_Sandbox",
  started_at: 1_000,
  result,
  ...(fails_at_step && { fails_at_step }),
  settled: false,
});

describe("connect task progress", () => {
  it("walks steps 1 to 4 a step apart, then completes", () => {
    const ok = task("success");
    expect([0, 399, 400, 800, 1199].map((elapsed) => connectProgress(ok, 1_000 + elapsed, 400))).toEqual([
      { step: 1, status: "Pending" },
      { step: 1, status: "Pending" },
      { step: 2, status: "Pending" },
      { step: 3, status: "Pending" },
      { step: 3, status: "Pending" },
    ]);
    expect(connectProgress(ok, 2_200, 400)).toEqual({ step: 4, status: "Completed" });
    expect(finishesAt(ok, 400)).toBe(2_200);
  });

  it("fails at its failing step: at once for an answer at the bank, later for a bank fault", () => {
    expect(connectProgress(task("auth_denied", 1), 1_000, 400)).toEqual({ step: 1, status: "Failed" });
    const fault = task("provider_failure", 2);
    expect(connectProgress(fault, 1_300, 400)).toEqual({ step: 1, status: "Pending" });
    expect(connectProgress(fault, 1_400, 400)).toEqual({ step: 2, status: "Failed" });
    expect(connectProgress(fault, 9_000, 400)).toEqual({ step: 2, status: "Failed" });
  });

  it("finishes at once without a delay", () => {
    expect(connectProgress(task("success"), 1_000, 0)).toEqual({ step: 4, status: "Completed" });
  });
});
