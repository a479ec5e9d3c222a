import { currentLogContext, withLogContext } from "@/lib/log";

/** The request header proxy.ts sets (overwriting whatever the client sent) and the response header it returns. */
export const REQUEST_ID_HEADER = "x-request-id";

const REQUEST_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The id for a request reaching proxy.ts: the one a server wrapper already put in the log context for it (so its
 * lines and ours match), otherwise a fresh one. Never the client's: a chosen id could forge or merge log trails.
 */
export function assignRequestId(): string {
  return currentLogContext()?.requestId ?? crypto.randomUUID();
}

/** Runs a route handler with the proxy's request id on every log line it writes (Bud calls included). */
export function withRequestLogContext<T>(headers: Headers, fn: () => T): T {
  const requestId = headers.get(REQUEST_ID_HEADER);
  return requestId && REQUEST_ID.test(requestId) ? withLogContext({ requestId }, fn) : fn();
}
