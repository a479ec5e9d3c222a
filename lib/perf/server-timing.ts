import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { subscribe } from "node:diagnostics_channel";
import { perfConfig } from "@/lib/env";
import { watchProcess, type ProcessTimings } from "@/lib/perf/process-stats";
import { StepTimes } from "@/lib/perf/step-times";

/*
 * Where a request's time goes, for `npm run bench`: with BUDGIE_SERVER_TIMING=true every API response carries a
 * `Server-Timing` header with its steps (cookie, db, decrypt, token, upstream, handler, serialise, total) and the
 * process's GC and event-loop figures. Off by default; then a step costs one property read.
 *
 * Bud calls are timed from undici's diagnostics channels (published by Node's fetch and by the undici package
 * alike), so lib/bud needs no timing code: "token" is the OAuth call, "upstream" every other call, each from
 * request creation to the last byte of the body.
 */

interface Perf {
  storage: AsyncLocalStorage<StepTimes>;
  process: () => ProcessTimings;
}

// On globalThis: Next's server bundles hold one copy of this module per route entry, and a request's steps are
// recorded from modules in several of them.
const globalForPerf = globalThis as typeof globalThis & { budgiePerf?: Perf };

function watchBudCalls(storage: AsyncLocalStorage<StepTimes>): void {
  const calls = new WeakMap<object, { steps: StepTimes; step: string; startedAt: number }>();
  subscribe("undici:request:create", (message) => {
    const { request } = message as { request: { path: string } };
    const steps = storage.getStore();
    if (!steps) return;
    const step = request.path.startsWith("/v1/oauth/token") ? "token" : "upstream";
    calls.set(request, { steps, step, startedAt: performance.now() });
  });
  subscribe("undici:request:trailers", (message) => {
    const { request } = message as { request: object };
    const call = calls.get(request);
    if (call) call.steps.add(call.step, performance.now() - call.startedAt);
    calls.delete(request);
  });
}

function perf(): Perf | undefined {
  if (!globalForPerf.budgiePerf && perfConfig().serverTiming) {
    const storage = new AsyncLocalStorage<StepTimes>();
    watchBudCalls(storage);
    globalForPerf.budgiePerf = { storage, process: watchProcess() };
  }
  return globalForPerf.budgiePerf;
}

/** Times a step of the current request, when timing is on. */
export async function timeStep<T>(name: string, run: () => Promise<T>): Promise<T> {
  const steps = globalForPerf.budgiePerf?.storage.getStore();
  if (!steps) return run();
  const startedAt = performance.now();
  try {
    return await run();
  } finally {
    steps.add(name, performance.now() - startedAt);
  }
}

/** The same for a synchronous step, without turning it into a promise. */
export function timeStepSync<T>(name: string, run: () => T): T {
  const steps = globalForPerf.budgiePerf?.storage.getStore();
  if (!steps) return run();
  const startedAt = performance.now();
  try {
    return run();
  } finally {
    steps.add(name, performance.now() - startedAt);
  }
}

function processHeader({ gcTotalMs, gcCount, gcMaxMs, loopMaxMs }: ProcessTimings): string {
  return `gc;dur=${gcTotalMs.toFixed(1)};desc="${gcCount} pauses", gcmax;dur=${gcMaxMs.toFixed(1)}, loop;dur=${loopMaxMs.toFixed(1)}`;
}

/** Wraps a route handler: when timing is on, its steps are collected and sent back as `Server-Timing`. */
export function withServerTiming<A extends unknown[]>(
  handler: (...args: A) => Promise<Response>,
): (...args: A) => Promise<Response> {
  return async (...args) => {
    const timing = perf();
    if (!timing) return handler(...args);
    const steps = new StepTimes();
    const startedAt = performance.now();
    const response = await timing.storage.run(steps, () => handler(...args));
    steps.add("total", performance.now() - startedAt);
    // A copy, because some responses (redirects) have immutable headers.
    const headers = new Headers(response.headers);
    headers.append("Server-Timing", `${steps.toHeader()}, ${processHeader(timing.process())}`);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
