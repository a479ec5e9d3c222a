/** Stored payments → Bud's status bodies (SinglePaymentStatus, StandingOrderData, ScheduledPaymentData). */
import { isoSeconds } from "../http/dates";
import type { StoredPayment } from "../store/state";
import { paymentState, type PaymentState, type StatusEntry } from "./status";

/** The stand-in is one organisation; Bud's ids for it are opaque. */
export const ORGANISATION_ID = "3b241101-e2bb-4255-8caf-4136c566a962";

type Money = { value: string; currency: string };

const at = (ms: number) => isoSeconds(new Date(ms));
const history = (state: PaymentState) => state.history.map((entry: StatusEntry) => ({ datetime: at(entry.at), code: entry.code, message: entry.message }));

/** Bud Pay charges nothing in the sandbox: the recipient receives, and the sender sends, the amount itself. */
function knownCharges({ value, currency }: Money) {
  return {
    recipient_charge: { charge: "0.00", currency, recipient_receives: value },
    sender_charge: { charge: "0.00", currency, bank_sends: value, total_cost: value },
  };
}

/** The bank's own wording (Open Banking UK statuses), as Bud passes it through. */
function supplementary(state: PaymentState) {
  const codes = new Set(state.history.map((entry) => entry.code));
  const when = (code: string) => at(state.history.find((entry) => entry.code === code)?.at ?? state.history[0]!.at);
  const detail = (steps: [string, string][]) => {
    const reached = steps.filter(([code]) => codes.has(code)).map(([code, status]) => ({ datetime: when(code), status }));
    return { status: reached.at(-1)?.status ?? "Pending", history: reached };
  };
  return {
    consent: detail([["AWAITING_AUTH", "AwaitingAuthorisation"], ["AUTHENTICATED", "Authorised"], ["AUTH_REJECTED", "Rejected"], ["FAILED", "Rejected"], ["SETTLED", "Consumed"]]),
    confirmation_of_funds: detail([["FUNDS_CONFIRMED", "Available"], ["INSUFFICIENT_FUNDS", "NotAvailable"]]),
    payment_order: detail([["INITIATING", "Pending"], ["ACCEPTED", "AcceptedSettlementInProcess"], ["SETTLED", "AcceptedSettlementCompleted"]]),
  };
}

export function wirePayment(payment: StoredPayment, now: number) {
  const state = paymentState(payment, now);
  const details = payment.details as Record<string, unknown> & { amount?: Money; recurring_amount?: Money };
  const money = (details.amount ?? details.recurring_amount)!;
  const common = {
    payment_id: payment.payment_id,
    organisation_id: ORGANISATION_ID,
    client_id: payment.client_id,
    reference: details.reference,
    recipient: details.recipient,
    sender: details.sender,
    known_charges: knownCharges(money),
    state: { status_code: state.current.code, status_message: state.current.message, history: history(state) },
    errors: state.errors,
    created_at: at(payment.created_at),
    required_action: null,
  };
  switch (payment.kind) {
    case "single":
      return { ...common, method: money.currency === "EUR" ? "SEPA" : "FPS", amount: money, supplementary_status: supplementary(state) };
    case "standing-order":
      return {
        ...common,
        recurring_amount: money,
        frequency: details.frequency,
        first_payment_date: details.first_payment_date,
        ...(details.last_payment_date !== undefined && { last_payment_date: details.last_payment_date }),
      };
    case "scheduled":
      // ScheduledPaymentData names the amount `recurring_amount`, as the spec's schema does.
      return { ...common, recurring_amount: money, requested_execution_date: details.requested_execution_date };
  }
}
