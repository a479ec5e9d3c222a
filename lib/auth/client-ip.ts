import { isIP } from "node:net";

/**
 * The client address for rate limiting, as decided by our server (scripts/server.mjs): it overwrites
 * X-Forwarded-For with one address taken from the socket and BUDGIE_TRUSTED_PROXIES before Next sees the request,
 * so whatever a client sent there is already gone. Anything that is not a single IP address (a server that is not
 * ours in front) counts as unknown (null), never as a shared bucket that one attacker could fill for everybody.
 */
export function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const value = headers?.["x-forwarded-for"];
  return typeof value === "string" && isIP(value) ? value : null;
}
