/**
 * A circuit breaker around Bud, kept pure (time is passed in) so every transition is unit-testable. When Bud is
 * down or hanging, callers fail fast instead of each spending several attempts and up to the whole deadline on it,
 * and Bud gets room to recover instead of a retry storm.
 *
 * closed ──(N consecutive failures, or ≥ ratio of ≥ M calls in the window failed)──► open
 * open ──(cool-down elapsed)──► half_open: exactly one probe goes through, everyone else still fails fast
 * half_open ──probe succeeds──► closed;  ──probe fails──► open (a fresh cool-down)
 *
 * Only transient failures count (5xx, timeouts, connection errors): a 4xx is Bud answering, so it counts as a
 * success for Bud's health, whatever it means for the caller.
 */
export interface BreakerPolicy {
  /** Consecutive failures that open the breaker. */
  consecutiveFailures: number;
  /** The sliding window for the failure ratio. */
  windowMs: number;
  /** Fewer calls than this in the window never open the breaker by ratio. */
  minCallsInWindow: number;
  /** 0..1: the share of failed calls in the window that opens the breaker. */
  failureRatio: number;
  /** How long the breaker stays open before one probe is let through. */
  cooldownMs: number;
}

export const DEFAULT_BREAKER_POLICY: BreakerPolicy = {
  consecutiveFailures: 5,
  windowMs: 30_000,
  minCallsInWindow: 10,
  failureRatio: 0.5,
  cooldownMs: 30_000,
};

export type BreakerState = "closed" | "open" | "half_open";

/** What a caller may do now: go ahead (`probe` when it is the one half-open trial), or fail fast until `retryAt`. */
export type Admission = { allowed: true; probe: boolean } | { allowed: false; retryAt: number };

/** `abandoned`: the call ended without a verdict on Bud (e.g. the server is shutting down). */
export type Outcome = "success" | "failure" | "abandoned";

export class CircuitBreaker {
  private current: BreakerState = "closed";
  private consecutive = 0;
  /** Outcomes (success/failure) inside the window, oldest first. */
  private recent: { at: number; failed: boolean }[] = [];
  private openUntil = 0;
  private probeInFlight = false;

  constructor(
    private readonly policy: BreakerPolicy,
    private readonly onTransition: (from: BreakerState, to: BreakerState) => void = () => undefined,
  ) {}

  /** The state as a caller at `now` sees it (an elapsed cool-down reads as half_open). */
  state(now: number): BreakerState {
    return this.current === "open" && now >= this.openUntil ? "half_open" : this.current;
  }

  admit(now: number): Admission {
    if (this.current === "open" && now >= this.openUntil) this.move("half_open");
    if (this.current === "closed") return { allowed: true, probe: false };
    if (this.current === "half_open" && !this.probeInFlight) {
      this.probeInFlight = true;
      return { allowed: true, probe: true };
    }
    // While a probe is out, the others wait for its verdict at least as long as a short cool-down would.
    return { allowed: false, retryAt: this.current === "open" ? this.openUntil : now + Math.min(this.policy.cooldownMs, 1_000) };
  }

  /** Records the result of an admitted call; every admitted call must be recorded, or a probe never ends. */
  record(outcome: Outcome, now: number, probe: boolean): void {
    if (probe) this.probeInFlight = false;
    if (outcome === "abandoned") return;
    const failed = outcome === "failure";
    if (this.current === "half_open") {
      if (probe) {
        if (failed) this.open(now);
        else this.close();
      }
      return;
    }
    if (this.current === "open") return;
    this.consecutive = failed ? this.consecutive + 1 : 0;
    this.recent.push({ at: now, failed });
    this.prune(now);
    const failures = this.recent.filter((entry) => entry.failed).length;
    const byRatio =
      this.recent.length >= this.policy.minCallsInWindow && failures >= this.recent.length * this.policy.failureRatio;
    if (this.consecutive >= this.policy.consecutiveFailures || byRatio) this.open(now);
  }

  private prune(now: number): void {
    const since = now - this.policy.windowMs;
    while (this.recent.length > 0 && this.recent[0]!.at <= since) this.recent.shift();
  }

  private open(now: number): void {
    this.openUntil = now + this.policy.cooldownMs;
    this.move("open");
  }

  private close(): void {
    this.consecutive = 0;
    this.recent = [];
    this.move("closed");
  }

  private move(to: BreakerState): void {
    const from = this.current;
    this.current = to;
    if (from !== to) this.onTransition(from, to);
  }
}
