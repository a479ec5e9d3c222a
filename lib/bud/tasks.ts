import "server-only";
import { BudError } from "@/lib/bud/errors";

export interface TaskStatus<T> {
  status: "Pending" | "Completed" | "Failed";
  /** Bud's hint (ms) before polling again. */
  nextDelayMs: number | null;
  value: T;
}

const MIN_DELAY_MS = 50;
const MAX_DELAY_MS = 2_000;

/**
 * Polls one of Bud's asynchronous tasks until it is Completed or Failed, waiting Bud's `next_url_delay`
 * between polls (kept within sane bounds) and giving up after `maxWaitMs`.
 */
export async function pollTask<T>(
  operation: string,
  check: () => Promise<TaskStatus<T>>,
  options: { maxWaitMs?: number; sleep?: (ms: number) => Promise<void> } = {},
): Promise<TaskStatus<T>> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const giveUpAt = Date.now() + (options.maxWaitMs ?? 30_000);
  for (;;) {
    const result = await check();
    if (result.status !== "Pending") return result;
    const delay = Math.min(MAX_DELAY_MS, Math.max(MIN_DELAY_MS, result.nextDelayMs ?? 500));
    if (Date.now() + delay > giveUpAt) throw new BudError("timeout", operation);
    await sleep(delay);
  }
}
