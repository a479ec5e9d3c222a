/**
 * Applies the first fault rule matching a request (and SANDBOX_LATENCY_MS) before the route runs. Control-API
 * calls are never faulted, so a test can always clear what it set up.
 */
import { STATUS_CODES } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../context";
import { failedValidation, internalError, methodNotAllowed, routeNotFound, unauthorisedRequest } from "../http/errors";
import { PAGES_PREFIX } from "../pages/layout";

export const CONTROL_PREFIX = "/__sandbox/";

export const faultInjection = createMiddleware<AppEnv>(async (c, next) => {
  const { deps } = c.var;
  if (c.req.path.startsWith(CONTROL_PREFIX)) return next();
  const rule = deps.faults.take(c.req.method, c.req.path, c.req.header("X-Customer-Id"));
  // SANDBOX_LATENCY_MS models API calls; logos and hosted pages are not API calls (fault rules still apply).
  const isApiCall = !c.req.path.startsWith("/assets/") && !c.req.path.startsWith(PAGES_PREFIX);
  const latency = (isApiCall ? deps.latencyMs : 0) + (rule?.latencyMs ?? 0);
  if (latency > 0) await sleep(latency);
  if (rule?.hang) {
    await hangUntilReleased(c);
    return c.body(null, 503);
  }
  if (rule?.status !== undefined) {
    if (rule.retryAfter !== undefined) c.header("Retry-After", rule.retryAfter);
    return c.json(faultBody(rule.status, c.var.requestId), rule.status as ContentfulStatusCode);
  }
  if (rule?.malformed) return c.body('{"operation_id":"unknown","data":[{"id":', 200, { "Content-Type": "application/json" });
  return next();
});

/** Resolves when the client disconnects or the sandbox closes; the response is never delivered. */
function hangUntilReleased(c: Context<AppEnv>): Promise<void> {
  const { hangs } = c.var.deps;
  return new Promise((resolve) => {
    const release = () => {
      hangs.delete(release);
      resolve();
    };
    hangs.add(release);
    c.req.raw.signal.addEventListener("abort", release, { once: true });
  });
}

/** The bodies Bud documents for these statuses; anything else gets Bud's generic shape with the reason phrase. */
function faultBody(status: number, requestId: string): unknown {
  switch (status) {
    case 400:
      return failedValidation({}).body("unknown");
    case 401:
      return unauthorisedRequest().body();
    case 404:
      return routeNotFound().body();
    case 405:
      return methodNotAllowed().body();
    case 429:
      return { operation_id: "unknown", code_id: "unknown", message: "Too many requests", errors: null };
    case 500:
      return internalError(requestId).body();
    case 503:
      return { message: "Service unavailable" };
    default:
      return { operation_id: "unknown", code_id: "unknown", message: STATUS_CODES[status] ?? "Error", errors: {} };
  }
}
