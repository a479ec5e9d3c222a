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
 * Decision: activity renews the session in proxy.ts (pages) and lib/api/route.ts (API routes of a signed-in
 * user), not through next-auth. Our pages and routes read the cookie directly (lib/auth/session-token) and never
 * call next-auth's session endpoint, so nothing else would move the idle clock. Together they see every page and
 * API request the user makes (not prefetches, not next-auth's own routes, which set or clear this cookie
 * themselves), and on such a request re-issue a live token with a fresh `iat` (the idle clock) and the original
 * `auth_time` (the absolute clock), at most once a minute.
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

/**
 * `response` with the renewed session cookie when one is due (for API routes, which the proxy skips: a route
 * handler's response is its own to add to).
 */
export async function renewSession(request: NextRequest, response: Response): Promise<Response> {
  const renewed = await renewedSessionCookie(request);
  if (!renewed) return response;
  const { name, value, options } = renewed;
  const attributes = [`Path=${options.path}`, `Expires=${options.expires.toUTCString()}`, "HttpOnly", "SameSite=Lax"];
  if (options.secure) attributes.push("Secure");
  response.headers.append("Set-Cookie", [`${name}=${value}`, ...attributes].join("; "));
  return response;
}
