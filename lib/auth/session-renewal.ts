import "server-only";
import type { NextRequest } from "next/server";
import { encode } from "next-auth/jwt";
import { isDueForRenewal, nowInSeconds, sessionEnd, tokenPayload } from "@/lib/auth/session-lifetime";
import { decodeSessionCookie, sessionCookieName } from "@/lib/auth/session-token";
import { appConfig, secretsConfig, sessionConfig } from "@/lib/env";

export interface RenewedCookie {
  name: string;
  value: string;
  options: { httpOnly: true; sameSite: "lax"; path: "/"; secure: boolean; expires: Date };
}

/**
 * Decision: activity renews the session in proxy.ts, not through next-auth. Our pages and routes read the cookie
 * directly (lib/auth/session-token) and never call next-auth's session endpoint, so nothing else would move the
 * idle clock. The proxy sees every page and API request the user makes (not prefetches, not next-auth's own
 * routes, which set or clear this cookie themselves), so on such a request it re-issues a live token with a fresh
 * `iat` (the idle clock) and the original `auth_time` (the absolute clock), at most once a minute.
 *
 * The cookie and JWT expiry are the absolute lifetime from each renewal, never sooner, so a token that ended by
 * inactivity or age is still sent and decodable: that is how the sign-in page can say why the user was signed
 * out. Whether a token is alive is decided by lib/auth/session-lifetime, not by the cookie's expiry. The session
 * version is not checked here (no database in the proxy): renewing a revoked token leaves it revoked.
 */
export async function renewedSessionCookie(request: NextRequest): Promise<RenewedCookie | null> {
  const name = sessionCookieName();
  const claims = await decodeSessionCookie(request.cookies.get(name)?.value);
  const now = nowInSeconds();
  const config = sessionConfig();
  if (!claims || sessionEnd(claims, now, config) || !isDueForRenewal(claims, now)) return null;
  const maxAge = config.absoluteLifetimeSeconds;
  const value = await encode({ token: tokenPayload(claims), secret: secretsConfig().nextAuthSecret, maxAge });
  return {
    name,
    value,
    options: {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: appConfig().isProduction,
      expires: new Date((now + maxAge) * 1000),
    },
  };
}
