import "server-only";

/**
 * CSRF defence for mutating routes: the browser must say the request comes from our own origin. Browsers send
 * Origin on every cross-site POST/PUT/PATCH/DELETE; Sec-Fetch-Site backs it up where Origin is absent.
 */
export function isSameOrigin(request: Request, allowedOrigins: string[]): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === new URL(request.url).origin || allowedOrigins.includes(origin);
  const fetchSite = request.headers.get("sec-fetch-site");
  return fetchSite === "same-origin";
}
