import "server-only";
import { setMaxListeners } from "node:events";

const SIGNALS = ["SIGTERM", "SIGINT"] as const;

const holder = globalThis as typeof globalThis & { budgieBudShutdown?: AbortController };

/**
 * Aborted when the process is asked to stop. A graceful shutdown waits for requests in flight, so a Bud call
 * hanging for a long per-attempt timeout would hold the whole server; aborting Bud calls lets those requests
 * answer at once and the server exit. Kept on globalThis: each server bundle entry has its own module copy.
 */
export function shutdownSignal(): AbortSignal {
  if (!holder.budgieBudShutdown) {
    const controller = new AbortController();
    // Every Bud call in flight listens here until it ends (lib/bud/exchange.ts removes its listener), so a page
    // making a dozen calls at once is normal, not the leak Node's default warning at 10 listeners suspects.
    setMaxListeners(0, controller.signal);
    holder.budgieBudShutdown = controller;
    for (const signal of SIGNALS) {
      process.once(signal, () => {
        controller.abort(new Error(`${signal} received`));
        // Listening to a signal disables Node's default exit; if nobody else handles it (no Next server, e.g. a
        // script), restore the default by raising it again now that we are no longer listening.
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    }
  }
  return holder.budgieBudShutdown.signal;
}
