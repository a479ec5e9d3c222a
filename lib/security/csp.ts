/**
 * Provider and merchant logos come from Bud's asset host over HTTPS, or from the local stand-in over plain HTTP
 * on this machine; images are the only thing loaded from elsewhere.
 */
const IMAGE_SOURCES = ["https:", "http://localhost:*", "http://127.0.0.1:*"];

/**
 * The Content-Security-Policy for pages: scripts only with this request's nonce ('strict-dynamic' lets Next's
 * own chunks load), no plugins, no <base>, no framing. Forms post only to us, and may be redirected on to
 * `formTargets` (Bud's hosted Connect and Bud Pay pages): Chromium checks form-action against every redirect of a submission.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; formTargets?: readonly string[] }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build evaluates code for debugging; production never needs eval.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.dev ? ["'unsafe-eval'"] : [])],
    // Inline style attributes (charts, transitions) are low-risk; scripts are what the nonce guards.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", ...IMAGE_SOURCES],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...(options.dev ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'", ...(options.formTargets ?? [])],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

export function generateNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
