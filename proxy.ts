import { NextResponse, type NextRequest } from "next/server";
import { renewedSessionCookie } from "@/lib/auth/session-renewal";
import { connectConfig, payConfig } from "@/lib/env";
import { contentSecurityPolicy, generateNonce } from "@/lib/security/csp";
import { rejectMalformedPath } from "@/lib/security/malformed-path";
import { RETURN_PATH_HEADER } from "@/lib/security/return-path";

/** Next inlines NODE_ENV at build time; development needs eval for React's debugging tools. */
// eslint-disable-next-line no-restricted-properties -- a build-time constant, not runtime configuration.
const DEV = process.env.NODE_ENV !== "production";

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
 * Per page request: a fresh CSP nonce (Next reads it from the request's policy header for its own scripts; the
 * root layout passes `x-nonce` to the theme script), the requested path for sign-in to return to, the session's
 * idle renewal (lib/auth/session-renewal), and a 400 for an address that cannot be decoded. Headers we set on the
 * request always overwrite the client's. Authorization is not decided here: every page and route handler
 * resolves the session itself. The request id is the server's (scripts/server.mjs), on every response.
 *
 * API routes do not come here (see `config`) unless their path holds a `%`, and then only for the malformed-path
 * check: a proxy invocation cost ~1.3 ms of CPU per request, more than the rest of a typical API call. What it did
 * for them lives where it costs nothing: their static CSP in next.config.js, the renewal in lib/api/route.ts.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith("/api/")) return rejectMalformedPath(request) ?? NextResponse.next();
  const requestHeaders = new Headers(request.headers);
  const prefetch = isPrefetch(request);

  let policy: string | null = null;
  if (!prefetch) {
    const nonce = generateNonce();
    policy = contentSecurityPolicy(nonce, { dev: DEV, formTargets: [...new Set([connectConfig().connectOrigin, payConfig().payOrigin])] });
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", policy);
  }
  requestHeaders.set(RETURN_PATH_HEADER, requestedPath(request));

  const forward = { request: { headers: requestHeaders } };
  const response = rejectMalformedPath(request, forward) ?? NextResponse.next(forward);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  if (!prefetch) {
    const renewed = await renewedSessionCookie(request);
    if (renewed) response.cookies.set(renewed.name, renewed.value, renewed.options);
  }
  return response;
}

export const config = {
  // Everything but static files and API paths without a `%` (a `%` may be malformed percent-encoding, which Next's
  // router would answer with a plain-text 500: those still come here for our JSON 400).
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|api/[^%]*$).*)"],
};
