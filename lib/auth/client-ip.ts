import { isIP } from "node:net";

/**
 * The client address for rate limiting: the first hop of X-Forwarded-For, else X-Real-IP.
 *
 * Trust assumption: the app runs behind a reverse proxy (or platform) that sets these headers itself, overwriting
 * whatever the client sent. Where it does not, a client can choose its own "IP" and dodge the per-IP limit; the
 * per-email limit still holds. Anything that is not an IP address counts as unknown (null), never as a shared
 * bucket that one attacker could fill for everybody.
 */
export function clientIp(headers: Record<string, unknown> | undefined): string | null {
  for (const name of ["x-forwarded-for", "x-real-ip"]) {
    const value = headers?.[name];
    const firstHop = typeof value === "string" ? value.split(",")[0]?.trim() : undefined;
    if (firstHop && isIP(firstHop)) return firstHop;
  }
  return null;
}
