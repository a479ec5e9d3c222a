import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

/**
 * next-auth v4 answers a credentials sign-in itself (401 with an error URL), whatever authorize() throws. To
 * answer a throttled attempt with 429 and Retry-After, the route wraps next-auth in this context and authorize()
 * reports the refusal into it. On globalThis because Next can hold several copies of this module.
 */
interface ThrottleReport {
  retryAfterSeconds?: number;
}

const KEY = Symbol.for("budgie.signInThrottle");
const registry = globalThis as unknown as Record<symbol, AsyncLocalStorage<ThrottleReport> | undefined>;
const storage = (registry[KEY] ??= new AsyncLocalStorage<ThrottleReport>());

export async function captureThrottle<T>(run: () => Promise<T>): Promise<{ result: T; retryAfterSeconds?: number }> {
  const report: ThrottleReport = {};
  const result = await storage.run(report, run);
  return { result, retryAfterSeconds: report.retryAfterSeconds };
}

export function reportThrottled(retryAfterSeconds: number): void {
  const report = storage.getStore();
  if (report) report.retryAfterSeconds = retryAfterSeconds;
}
