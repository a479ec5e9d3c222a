/** Backoff and Retry-After arithmetic, kept pure so it is easy to test. */
export interface RetryPolicy {
  /** Attempts for idempotent requests (GET), including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this means "don't retry": the caller is told to come back later instead. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 150,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 5_000,
};

/** "Full jitter" exponential backoff: spreads retries from many callers instead of synchronising them. */
export function backoffDelay(retryNumber: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.round(random() * ceiling);
}

/** Retry-After as delta-seconds or an HTTP date, in milliseconds; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/**
 * How long to wait before the next retry, or null when Bud asked for a longer wait than we would hold a request
 * for: retrying sooner than asked would only be refused again, so the hint goes back to our caller instead.
 */
export function retryDelay(
  retryNumber: number,
  retryAfterHeader: string | null,
  policy: RetryPolicy,
  random?: () => number,
): number | null {
  const retryAfter = parseRetryAfter(retryAfterHeader);
  if (retryAfter !== null) return retryAfter <= policy.maxRetryAfterMs ? retryAfter : null;
  return backoffDelay(retryNumber, policy, random);
}
