import "server-only";

/**
 * CSRF defence for mutating routes: the browser must say the request comes from our public origin. Browsers send
 * Origin on every cross-site POST/PUT/PATCH/DELETE; Sec-Fetch-Site backs it up where Origin is absent. The
 * origin is the configured one, never derived from the request: its Host header is whatever the client claims.
 */
export function isSameOrigin(request: Request, publicOrigin: string): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === publicOrigin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}
