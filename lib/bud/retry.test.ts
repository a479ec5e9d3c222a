import { describe, expect, it } from "vitest";
import { backoffDelay, parseRetryAfter, retryDelay, type RetryPolicy } from "@/lib/bud/retry";

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 3_000 };

describe("retry arithmetic", () => {
  it("grows exponentially up to the cap, with full jitter", () => {
    const top = () => 0.999_999;
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, policy, top))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(backoffDelay(3, policy, () => 0)).toBe(0);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-11-22T10:00:00Z");
    expect(parseRetryAfter("2", now)).toBe(2_000);
    expect(parseRetryAfter("Sun, 22 Nov 2026 10:00:05 GMT", now)).toBe(5_000);
    expect(parseRetryAfter("Sun, 22 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });

  it("honours Retry-After up to the cap, and beyond it says not to retry", () => {
    expect(retryDelay(1, "1", policy)).toBe(1_000);
    expect(retryDelay(1, "3", policy)).toBe(3_000);
    expect(retryDelay(1, "4", policy)).toBeNull();
    expect(retryDelay(1, "120", policy)).toBeNull();
    expect(retryDelay(1, null, policy, () => 0.5)).toBe(50);
  });
});
