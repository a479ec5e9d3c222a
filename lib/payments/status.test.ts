import { describe, expect, it } from "vitest";
import { ORDER_STATUS_CODES, SINGLE_STATUS_CODES, type BudPaymentStatus } from "@/lib/bud/payments";
import { isFinal, paymentStateOf } from "@/lib/payments/status";

const single = (code: (typeof SINGLE_STATUS_CODES)[number], history: string[] = ["CREATED", "AWAITING_AUTH"], errorCodes: string[] = []) =>
  ({ kind: "single", code, message: "", history: [...history, code], errorCodes }) as BudPaymentStatus;
const order = (kind: "standing_order" | "scheduled", code: (typeof ORDER_STATUS_CODES)[number], history: string[] = ["CREATED", "AWAITING_AUTH"], errorCodes: string[] = []) =>
  ({ kind, code, message: "", history: [...history, code], errorCodes }) as BudPaymentStatus;

describe("Bud's single-payment codes → the four states", () => {
  const expected = {
    CREATED: "in_progress",
    AWAITING_AUTH: "in_progress",
    AUTHENTICATED: "in_progress",
    AUTH_COMPLETED: "in_progress",
    FUNDS_CONFIRMED: "in_progress",
    INITIATING: "in_progress",
    ACCEPTED: "in_progress",
    SETTLED: "paid",
    AUTH_REJECTED: "failed",
    INSUFFICIENT_FUNDS: "failed",
    PAYMENT_REJECTED: "failed",
    FAILED: "not_completed",
  } as const;

  it("covers all 12 codes", () => {
    expect(Object.keys(expected).toSorted()).toEqual([...SINGLE_STATUS_CODES].toSorted());
  });

  it.each(Object.entries(expected))("%s → %s", (code, state) => {
    expect(paymentStateOf(single(code as keyof typeof expected))).toBe(state);
  });

  it("FAILED after authorisation is a failure, not an abandoned journey", () => {
    expect(paymentStateOf(single("FAILED", ["CREATED", "AWAITING_AUTH", "AUTHENTICATED", "FUNDS_CONFIRMED"]))).toBe("failed");
  });

  it("a payer who cancelled (rather than declined) did not complete it", () => {
    expect(paymentStateOf(single("AUTH_REJECTED", undefined, ["auth_cancelled"]))).toBe("not_completed");
    expect(paymentStateOf(single("AUTH_REJECTED", undefined, ["auth_denied"]))).toBe("failed");
  });
});

describe.each(["standing_order", "scheduled"] as const)("Bud's %s codes → the four states", (kind) => {
  const expected = {
    CREATED: "in_progress",
    AWAITING_AUTH: "in_progress",
    AUTH_COMPLETED: "in_progress",
    PENDING: "in_progress",
    COMPLETED: "paid",
    AUTH_REJECTED: "failed",
    FAILED: "not_completed",
  } as const;

  it("covers all 7 codes", () => {
    expect(Object.keys(expected).toSorted()).toEqual([...ORDER_STATUS_CODES].toSorted());
  });

  it.each(Object.entries(expected))("%s → %s", (code, state) => {
    expect(paymentStateOf(order(kind, code as keyof typeof expected))).toBe(state);
  });

  it("FAILED after authorisation is a failure", () => {
    expect(paymentStateOf(order(kind, "FAILED", ["CREATED", "AWAITING_AUTH", "AUTH_COMPLETED", "PENDING"]))).toBe("failed");
  });
});

it("only in progress asks again", () => {
  expect(isFinal("in_progress")).toBe(false);
  for (const state of ["paid", "failed", "not_completed"] as const) expect(isFinal(state)).toBe(true);
});
