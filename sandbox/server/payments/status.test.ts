import { describe, expect, it } from "vitest";
import type { StoredPayment } from "../store/state";
import { paymentState, STEP_MS } from "./status";

const T0 = Date.parse("2026-11-30T10:00:00Z");
const payment = (overrides: Partial<StoredPayment> = {}): StoredPayment => ({
  payment_id: "p1",
  client_id: "c",
  kind: "single",
  provider: "Natwest_Sandbox",
  redirect_url: "https://example.test/back",
  details: {},
  created_at: T0,
  expires_at: T0 + 15 * 60_000,
  ...overrides,
});
const codes = (p: StoredPayment, now: number) => paymentState(p, now).history.map((entry) => entry.code);

describe("single payment status", () => {
  it("waits for the payer, then walks Bud's happy path a step at a time", () => {
    const approved = payment({ authorisation: { outcome: "approved", at: T0 + 60_000, funds_available: true } });
    expect(codes(payment(), T0 + 1000)).toEqual(["CREATED", "AWAITING_AUTH"]);
    expect(codes(approved, T0 + 60_000)).toEqual(["CREATED", "AWAITING_AUTH", "AUTHENTICATED"]);
    expect(codes(approved, T0 + 60_000 + 3 * STEP_MS)).toEqual(["CREATED", "AWAITING_AUTH", "AUTHENTICATED", "FUNDS_CONFIRMED", "INITIATING", "ACCEPTED"]);
    const settled = paymentState(approved, T0 + 60_000 + 5 * STEP_MS);
    expect(settled.current).toEqual({ code: "SETTLED", message: "Payment Settlement Complete", at: T0 + 60_000 + 5 * STEP_MS });
    expect(settled.errors).toEqual([]);
  });

  it("aborts for insufficient funds, rejects a denial and fails an abandoned payment at expiry", () => {
    const short = paymentState(payment({ authorisation: { outcome: "approved", at: T0, funds_available: false } }), T0 + 10 * STEP_MS);
    expect(short.current.code).toBe("INSUFFICIENT_FUNDS");
    expect(short.errors.map((error) => error.code)).toEqual(["insufficient_funds"]);
    const denied = paymentState(payment({ authorisation: { outcome: "denied", at: T0 + 5000, funds_available: true } }), T0 + 6000);
    expect([denied.current.code, denied.errors[0]?.code]).toEqual(["AUTH_REJECTED", "auth_denied"]);
    expect(paymentState(payment(), T0 + 15 * 60_000 - 1).current.code).toBe("AWAITING_AUTH");
    const abandoned = paymentState(payment(), T0 + 15 * 60_000);
    expect([abandoned.current.code, abandoned.current.at, abandoned.errors[0]?.code]).toEqual(["FAILED", T0 + 15 * 60_000, "auth_expired"]);
  });
});

describe("standing order and scheduled payment status", () => {
  it("uses their own seven codes and messages", () => {
    const order = payment({ kind: "standing-order", authorisation: { outcome: "approved", at: T0, funds_available: true } });
    const state = paymentState(order, T0 + 3 * STEP_MS);
    expect(state.history.map((entry) => entry.code)).toEqual(["CREATED", "AWAITING_AUTH", "AUTH_COMPLETED", "PENDING", "COMPLETED"]);
    expect(state.current.message).toBe("Standing Order Creation Completed");
    const scheduled = paymentState(payment({ kind: "scheduled", authorisation: { outcome: "cancelled", at: T0, funds_available: true } }), T0);
    expect([scheduled.current.code, scheduled.current.message]).toEqual(["AUTH_REJECTED", "Authentication Failed"]);
    expect(paymentState(payment({ kind: "scheduled" }), T0).history[0]?.message).toBe("Scheduled Payment Created");
  });
});
