import { NextResponse, type NextRequest } from "next/server";

type ForwardInit = NonNullable<Parameters<typeof NextResponse.rewrite>[1]>;

/** The page shown instead of a malformed address (see app/bad-address/page.tsx). */
export const BAD_ADDRESS_PAGE = "/bad-address";

/** True when a path cannot be percent-decoded, which Next's router would answer with its plain-text 500. */
export function isMalformedPath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Turns a path Next cannot decode (`/api/accounts/%ff`, `%zz`, a lone `%`) into our 400 before the router sees
 * it: the one JSON error shape under /api, a proper page elsewhere (`forward` carries the page's request headers,
 * such as its CSP nonce). Null when the path is fine.
 */
export function rejectMalformedPath(request: NextRequest, forward: ForwardInit = {}): NextResponse | null {
  const { pathname } = request.nextUrl;
  if (!isMalformedPath(pathname)) return null;
  if (pathname.startsWith("/api/")) {
    return NextResponse.json(
      { error: { code: "invalid_request", message: "That address isn’t valid." } },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  return NextResponse.rewrite(new URL(BAD_ADDRESS_PAGE, request.url), { ...forward, status: 400 });
}
