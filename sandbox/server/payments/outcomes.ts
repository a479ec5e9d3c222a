/**
 * When a payment reaches its outcome (a single payment SETTLED, or failed by decline, cancel, insufficient funds or
 * expiry; a standing order or scheduled payment COMPLETED or failed), listeners hear it once, at that moment on the
 * stand-in clock, even if nobody polls: that is when Bud sends `payment.success` / `payment.failure`.
 */
import type { SandboxClock } from "../clock";
import type { Scheduler } from "../scheduler";
import type { StoredPayment } from "../store/state";
import type { Store } from "../store/store";
import { paymentState } from "./status";

export type PaymentOutcome = "success" | "failure";
type OutcomeListener = (payment: StoredPayment, outcome: PaymentOutcome) => void;

const SUCCESS_CODES = new Set(["SETTLED", "COMPLETED"]);
const FAILURE_CODES = new Set(["AUTH_REJECTED", "INSUFFICIENT_FUNDS", "FAILED"]);

/** The payment's outcome by `now`, or undefined while it is still on its way. */
export function outcomeAt(payment: StoredPayment, now: number): PaymentOutcome | undefined {
  const { code } = paymentState(payment, now).current;
  return SUCCESS_CODES.has(code) ? "success" : FAILURE_CODES.has(code) ? "failure" : undefined;
}

export class PaymentOutcomes {
  private readonly listeners: OutcomeListener[] = [];

  constructor(
    private readonly store: Store,
    private readonly clock: SandboxClock,
    private readonly scheduler: Scheduler,
  ) {}

  onOutcome(listener: OutcomeListener): void {
    this.listeners.push(listener);
  }

  /**
   * Call when a payment is created or its payer answers: schedules the announcement for the moment its outcome is
   * reached as things stand (the URL's expiry while nobody has answered).
   */
  watch(payment: StoredPayment): void {
    if (payment.outcome_announced) return;
    // With nobody answering, the final state as things stand is FAILED at the URL's expiry.
    this.scheduler.at(paymentState(payment, Infinity).current.at, () => this.announceIfDue(payment));
  }

  /** After a restart: announces what finished while the stand-in was down and schedules the rest. */
  resume(): void {
    for (const payment of Object.values(this.store.state.payments)) this.watch(payment);
  }

  /** Announces the payment's outcome if it has been reached and not yet announced (also on every status read). */
  announceIfDue(payment: StoredPayment): void {
    const outcome = payment.outcome_announced ? undefined : outcomeAt(payment, this.clock.now());
    if (!outcome) return;
    payment.outcome_announced = true;
    this.store.changed();
    for (const listener of this.listeners) listener(payment, outcome);
  }
}
