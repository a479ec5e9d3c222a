/**
 * Sends the stand-in's webhooks to SANDBOX_WEBHOOK_URL as Bud does: a JSON POST with `X-Signature` and
 * `X-Signing-ID`. Bud's policy for the reply: 2xx accepts, 3xx and 4xx are not retried (redirects are not
 * followed), 5xx is retried a few times. The stand-in also retries when the receiver cannot be reached (a
 * restarting dev server), with the same backoff. Every delivery is recorded for GET /__sandbox/webhooks.
 *
 * Bud says its webhooks are not guaranteed: a fault rule whose path is `/webhooks/{event}` (no HTTP route has such
 * a path), scoped to a customer like any rule, withholds that customer's next such webhook, so tests can show
 * what an app does when one never comes.
 */
import type { SandboxClock } from "../clock";
import type { FaultRules } from "../faults/rules";
import type { Scheduler } from "../scheduler";
import type { WebhookSigner } from "./signing";

/** The first attempt and three retries. */
export const MAX_ATTEMPTS = 4;
const MAX_RECORDED = 200;

/** Whether Bud tries again after this reply (an HTTP status, or none when the receiver could not be reached). */
export function shouldRetry(status: number | undefined): boolean {
  return status === undefined || status >= 500;
}

/** The fault-rule path that withholds webhooks of this event (`connect`, `open_banking.consent.revoked`, …). */
export const webhookFaultPath = (event: string) => `/webhooks/${event}`;

/** Exponential backoff: the wait before attempt `attempt + 1`. */
export function retryDelayMs(attempt: number, baseMs: number): number {
  return baseMs * 2 ** (attempt - 1);
}

export interface WebhookRecord {
  event: string;
  /** The task or consent the webhook is about. */
  subject: string;
  attempts: number;
  /** The last reply's status; undefined while sending or when the receiver could not be reached. */
  status?: number;
  /** `withheld`: a fault rule kept it back, so it was never sent. */
  state: "sending" | "delivered" | "rejected" | "gave_up" | "withheld";
}

export class WebhookDelivery {
  readonly records: WebhookRecord[] = [];
  private readonly inFlight = new Set<AbortController>();
  private closed = false;

  constructor(
    readonly url: string,
    private readonly signer: WebhookSigner,
    private readonly clock: SandboxClock,
    private readonly scheduler: Scheduler,
    /** The wait before the first retry; it doubles after each. */
    private readonly retryBaseMs = 500,
    private readonly faults?: FaultRules,
  ) {}

  /** Queues one webhook about `customerId`'s data; `event` and `subject` only label it in the record. */
  send(event: string, subject: string, body: unknown, customerId?: string): void {
    const withheld = this.faults?.take("WEBHOOK", webhookFaultPath(event), customerId) !== undefined;
    const record: WebhookRecord = { event, subject, attempts: 0, state: withheld ? "withheld" : "sending" };
    this.records.push(record);
    if (this.records.length > MAX_RECORDED) this.records.splice(0, this.records.length - MAX_RECORDED);
    if (!withheld) void this.attempt(record, JSON.stringify(body));
  }

  close(): void {
    this.closed = true;
    for (const controller of this.inFlight) controller.abort();
  }

  private async attempt(record: WebhookRecord, text: string): Promise<void> {
    if (this.closed) return;
    record.attempts += 1;
    const controller = new AbortController();
    this.inFlight.add(controller);
    let status: number | undefined;
    try {
      const response = await fetch(this.url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-Signature": await this.signer.sign(text), "X-Signing-ID": this.signer.kid },
        body: text,
        redirect: "manual",
        signal: controller.signal,
      });
      status = response.status;
      await response.body?.cancel();
    } catch {
      status = undefined; // not reachable (or the sandbox is closing)
    } finally {
      this.inFlight.delete(controller);
    }
    record.status = status;
    if (!shouldRetry(status)) {
      record.state = status !== undefined && status < 300 ? "delivered" : "rejected";
      return;
    }
    if (record.attempts >= MAX_ATTEMPTS || this.closed) {
      record.state = "gave_up";
      return;
    }
    this.scheduler.at(this.clock.now() + retryDelayMs(record.attempts, this.retryBaseMs), () => void this.attempt(record, text));
  }
}
