import type { BudPaymentStatus, OrderStatusCode, SingleStatusCode } from "@/lib/bud/payments";
import type { PaymentState } from "@/lib/schemas/payments";

/*
 * Bud's status codes → the four states a user reads. The choices:
 * - Paid is the end of the road only: a single payment's SETTLED (ACCEPTED can still be rejected by the receiving
 *   bank), a standing order's or scheduled payment's COMPLETED (for a standing order that means it is set up at the
 *   bank, not that every payment has gone: the pages say "Standing order set up" for kind standing_order + paid).
 * - Failed is a "no" from the payer's bank or the payment system: AUTH_REJECTED (declined), INSUFFICIENT_FUNDS,
 *   PAYMENT_REJECTED; and FAILED after the payer had authorised it (something broke on the way).
 * - Not completed is a journey the payer never finished: FAILED without any authorisation in its history (the
 *   Bud Pay URL expired: abandoned, or the tab closed), and AUTH_REJECTED that Bud's errors say the payer cancelled
 *   (`auth_cancelled`: they chose Cancel rather than Decline; nothing went wrong, they stopped).
 * - Everything else (CREATED, AWAITING_AUTH, AUTHENTICATED, AUTH_COMPLETED, FUNDS_CONFIRMED, INITIATING, ACCEPTED,
 *   PENDING) is in progress, and worth asking again.
 */

const SINGLE: Record<SingleStatusCode, PaymentState | "failed_unless_never_authorised"> = {
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
  FAILED: "failed_unless_never_authorised",
};

const ORDER: Record<OrderStatusCode, PaymentState | "failed_unless_never_authorised"> = {
  CREATED: "in_progress",
  AWAITING_AUTH: "in_progress",
  AUTH_COMPLETED: "in_progress",
  PENDING: "in_progress",
  COMPLETED: "paid",
  AUTH_REJECTED: "failed",
  FAILED: "failed_unless_never_authorised",
};

/** The codes that say the payer authorised the payment at their bank. */
const AUTHORISED = new Set<string>(["AUTHENTICATED", "AUTH_COMPLETED", "FUNDS_CONFIRMED", "INITIATING", "ACCEPTED", "PENDING"]);

export function paymentStateOf(status: BudPaymentStatus): PaymentState {
  const mapped = status.kind === "single" ? SINGLE[status.code] : ORDER[status.code];
  if (mapped === "failed_unless_never_authorised") {
    return status.history.some((code) => AUTHORISED.has(code)) ? "failed" : "not_completed";
  }
  if (status.code === "AUTH_REJECTED" && status.errorCodes.includes("auth_cancelled")) return "not_completed";
  return mapped;
}

export const isFinal = (state: PaymentState) => state !== "in_progress";
