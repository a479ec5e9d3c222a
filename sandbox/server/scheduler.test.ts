import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { SandboxClock } from "./clock";
import { Scheduler } from "./scheduler";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it("runs a task only once the clock has reached its moment, even when the timer fires early", () => {
  let now = 1_000;
  const scheduler = new Scheduler({ now: () => now } as SandboxClock);
  const task = vi.fn();
  scheduler.at(1_400, task);

  // The timer fires while the clock still reads 2 ms short (as Node's may: it counts from the loop's cached time).
  now = 1_398;
  vi.advanceTimersByTime(400);
  expect(task).not.toHaveBeenCalled();

  now = 1_400;
  vi.advanceTimersByTime(2);
  expect(task).toHaveBeenCalledOnce();
});
