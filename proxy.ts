import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, generateNonce } from "@/lib/security/csp";
import { rejectMalformedPath } from "@/lib/security/malformed-path";

/** Next inlines NODE_ENV at build time; development needs eval for React's debugging tools. */
// eslint-disable-next-line no-restricted-properties -- a build-time constant, not runtime configuration.
const DEV = process.env.NODE_ENV !== "production";

/** JSON responses render nothing, so they get the strictest policy. */
const API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Adds a fresh CSP nonce to every page request: Next reads it from the request's policy header for its own
 * scripts, and the root layout passes `x-nonce` to the theme script. Authorization is not decided here: every
 * page and route handler resolves the session itself.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith("/api/")) {
    const response = rejectMalformedPath(request) ?? NextResponse.next();
    response.headers.set("Content-Security-Policy", API_POLICY);
    return response;
  }
  const nonce = generateNonce();
  const policy = contentSecurityPolicy(nonce, { dev: DEV });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const forward = { request: { headers: requestHeaders } };
  const response = rejectMalformedPath(request, forward) ?? NextResponse.next(forward);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
