import { NextResponse, type NextRequest } from "next/server";
import { renewedSessionCookie } from "@/lib/auth/session-renewal";
import { connectConfig, payConfig } from "@/lib/env";
import { contentSecurityPolicy, generateNonce } from "@/lib/security/csp";
import { rejectMalformedPath } from "@/lib/security/malformed-path";
import { assignRequestId, REQUEST_ID_HEADER } from "@/lib/security/request-id";
import { RETURN_PATH_HEADER } from "@/lib/security/return-path";

/** Next inlines NODE_ENV at build time; development needs eval for React's debugging tools. */
// eslint-disable-next-line no-restricted-properties -- a build-time constant, not runtime configuration.
const DEV = process.env.NODE_ENV !== "production";

/** JSON responses render nothing, so they get the strictest policy. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/** Link prefetches: not the user's own activity, and they render nothing that needs a nonce. */
function isPrefetch(request: NextRequest): boolean {
  return request.headers.has("next-router-prefetch") || request.headers.get("purpose") === "prefetch";
}

/** The page asked for, without Next's cache-busting `_rsc` parameter (client navigations add it). */
function requestedPath(request: NextRequest): string {
  const url = request.nextUrl.clone();
  url.searchParams.delete("_rsc");
  return `${url.pathname}${url.search}`;
}

/**
 * Per request: a request id (sent on to the handlers, returned as X-Request-Id, on every log line), a fresh CSP
 * nonce for pages (Next reads it from the request's policy header for its own scripts; the root layout passes
 * `x-nonce` to the theme script), the requested path for sign-in to return to, the session's idle renewal
 * (lib/auth/session-renewal), and a 400 for an address that cannot be decoded. Headers we set on the request
 * always overwrite the client's. Authorization is not decided here: every page and route handler resolves the
 * session itself.
 */
export async function proxy(request: NextRequest) {
  const requestId = assignRequestId();
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  const { pathname } = request.nextUrl;
  const api = pathname.startsWith("/api/");
  const prefetch = isPrefetch(request);

  let policy: string | null = null;
  if (api) policy = API_POLICY;
  else if (!prefetch) {
    const nonce = generateNonce();
    policy = contentSecurityPolicy(nonce, { dev: DEV, formTargets: [...new Set([connectConfig().connectOrigin, payConfig().payOrigin])] });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
  }
  if (!api) requestHeaders.set(RETURN_PATH_HEADER, requestedPath(request));

  const forward = { request: { headers: requestHeaders } };
  const response = rejectMalformedPath(request, forward) ?? NextResponse.next(forward);
  response.headers.set("X-Request-Id", requestId);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  // next-auth's own routes set or clear this cookie themselves; a renewal there could undo a sign-out.
  if (!prefetch && !pathname.startsWith("/api/auth/")) {
    const renewed = await renewedSessionCookie(request);
    if (renewed) response.cookies.set(renewed.name, renewed.value, renewed.options);
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
