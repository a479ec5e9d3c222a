import "server-only";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

/**
 * Process-wide figures that explain latency tails: garbage-collection pauses and event-loop blocking. Started
 * only when server timing is on (measurement runs), never in normal operation.
 */
export interface ProcessTimings {
  /** Sum of all GC pauses since start, ms. */
  gcTotalMs: number;
  gcCount: number;
  /** Longest single GC pause since start, ms. */
  gcMaxMs: number;
  /** Longest event-loop delay in the current or the last complete one-second window, ms. */
  loopMaxMs: number;
}

const WINDOW_MS = 1_000;

export function watchProcess(): () => ProcessTimings {
  const timings: ProcessTimings = { gcTotalMs: 0, gcCount: 0, gcMaxMs: 0, loopMaxMs: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      timings.gcTotalMs += entry.duration;
      timings.gcCount += 1;
      timings.gcMaxMs = Math.max(timings.gcMaxMs, entry.duration);
    }
  }).observe({ entryTypes: ["gc"] });
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let lastWindowMaxMs = 0;
  setInterval(() => {
    lastWindowMaxMs = loop.max / 1e6;
    loop.reset();
  }, WINDOW_MS).unref();
  return () => ({ ...timings, loopMaxMs: Math.max(lastWindowMaxMs, loop.count > 0 ? loop.max / 1e6 : 0) });
}
