/**
 * A payment's status as Bud reports it, derived from what happened (created, authorised or not) and the clock,
 * so the history fills in on its own as time passes and nothing needs a timer. Single payments use Bud's 12 codes
 * on the happy path CREATED → AWAITING_AUTH → AUTHENTICATED → FUNDS_CONFIRMED → INITIATING → ACCEPTED → SETTLED;
 * standing orders and scheduled payments use their own 7-code enum.
 */
import type { StoredPayment } from "../store/state";

/** Time between the steps after authorisation: quick enough for tests, slow enough to watch. */
export const STEP_MS = 1000;

export interface StatusEntry {
  code: string;
  message: string;
  /** Epoch ms. */
  at: number;
}

export interface PaymentState {
  history: StatusEntry[];
  current: StatusEntry;
  errors: { code: string; description: string }[];
}

/**
 * Bud's StatusMessageEnum gives no message for AUTH_REJECTED or AUTH_COMPLETED; the nearest ones are used
 * ("Failed", "Authenticated; Confirming Funds").
 */
const SINGLE_MESSAGES: Record<string, string> = {
  CREATED: "Payment created",
  AWAITING_AUTH: "Awaiting Authentication",
  AUTHENTICATED: "Authenticated; Confirming Funds",
  AUTH_REJECTED: "Failed",
  FUNDS_CONFIRMED: "Funds Confirmed; Awaiting Payment Initiation",
  INSUFFICIENT_FUNDS: "Insufficient Funds In Account; Payment Aborted",
  INITIATING: "Initiating Payment",
  ACCEPTED: "Payment Order Accepted",
  SETTLED: "Payment Settlement Complete",
  FAILED: "Failed",
};

const ORDER_NOUN = { "standing-order": "Standing Order", scheduled: "Scheduled Payment" } as const;

function orderMessages(kind: "standing-order" | "scheduled"): Record<string, string> {
  const noun = ORDER_NOUN[kind];
  return {
    CREATED: `${noun} Created`,
    AWAITING_AUTH: "Awaiting Customer Authentication",
    AUTH_REJECTED: "Authentication Failed",
    AUTH_COMPLETED: "Authentication Completed",
    PENDING: "Payment Order Pending",
    FAILED: `${noun} Creation Failed`,
    COMPLETED: `${noun} Creation Completed`,
  };
}

const FAILURES = {
  expired: { code: "auth_expired", description: "The payer did not finish authorising the payment in time." },
  denied: { code: "auth_denied", description: "The payer declined the payment at their bank." },
  cancelled: { code: "auth_cancelled", description: "The payer cancelled at their bank." },
  funds: { code: "insufficient_funds", description: "The account did not have enough money for the payment." },
};

/** The codes that follow authorisation, each STEP_MS apart (multiples of STEP_MS after it). */
function approvedSteps(payment: StoredPayment, fundsAvailable: boolean): [code: string, steps: number][] {
  if (payment.kind !== "single") return [["AUTH_COMPLETED", 0], ["PENDING", 1], ["COMPLETED", 3]];
  if (!fundsAvailable) return [["AUTHENTICATED", 0], ["INSUFFICIENT_FUNDS", 1]];
  return [["AUTHENTICATED", 0], ["FUNDS_CONFIRMED", 1], ["INITIATING", 2], ["ACCEPTED", 3], ["SETTLED", 5]];
}

export function paymentState(payment: StoredPayment, now: number): PaymentState {
  const messages = payment.kind === "single" ? SINGLE_MESSAGES : orderMessages(payment.kind);
  const entry = (code: string, at: number): StatusEntry => ({ code, message: messages[code] ?? code, at });
  const history = [entry("CREATED", payment.created_at), entry("AWAITING_AUTH", payment.created_at)];
  const errors: PaymentState["errors"] = [];
  const { authorisation } = payment;
  if (authorisation?.outcome === "approved") {
    for (const [code, steps] of approvedSteps(payment, authorisation.funds_available)) {
      const at = authorisation.at + steps * STEP_MS;
      if (at <= now) history.push(entry(code, at));
    }
    if (!authorisation.funds_available && payment.kind === "single" && history.at(-1)?.code === "INSUFFICIENT_FUNDS") {
      errors.push(FAILURES.funds);
    }
  } else if (authorisation) {
    history.push(entry("AUTH_REJECTED", authorisation.at));
    errors.push(FAILURES[authorisation.outcome]);
  } else if (now >= payment.expires_at) {
    history.push(entry("FAILED", payment.expires_at));
    errors.push(FAILURES.expired);
  }
  return { history, current: history.at(-1)!, errors };
}
