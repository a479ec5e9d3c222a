import type { SessionEnd } from "@/lib/schemas/auth";

/*
 * Where to go after signing in. Browser-safe: the sign-in page and form both use it.
 */

/** Set by proxy.ts on page requests (overwriting the client's): the path and query the user asked for. */
export const RETURN_PATH_HEADER = "x-return-path";

const ORIGIN = "https://budgie.invalid";
const MAX_LENGTH = 2048;
/** Two leading slashes or a backslash after the first: browsers read both as "another host". */
const OTHER_HOST = /^\/[/\\]/;
const CONTROL_OR_BACKSLASH = /[\u0000-\u001F\u007F\\]/;

/** Percent-decodes until stable (at most a few rounds), or null when the encoding is malformed. */
function fullyDecoded(value: string): string | null {
  let current = value;
  for (let round = 0; round < 3; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(current);
    } catch {
      return null;
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/**
 * A path on this site to return to, or null. Only a path that starts with one "/" is followed: never an absolute
 * URL, a protocol-relative `//host`, `/\host`, or any of those percent-encoded, nor anything with control
 * characters (browsers drop tabs and line breaks from URLs, so `/\t/host` would become `//host`).
 */
export function safeReturnPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > MAX_LENGTH || !raw.startsWith("/")) return null;
  const decoded = fullyDecoded(raw);
  if (decoded === null || OTHER_HOST.test(decoded) || CONTROL_OR_BACKSLASH.test(decoded)) return null;
  const url = new URL(raw, ORIGIN);
  if (url.origin !== ORIGIN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page's URL, carrying where to return to (when not the default, Overview) and why. */
export function signInPath({ returnTo, reason }: { returnTo?: string | null; reason?: SessionEnd | null }): string {
  const query = new URLSearchParams();
  const path = safeReturnPath(returnTo);
  if (path && path !== "/") query.set("callbackUrl", path);
  if (reason) query.set("reason", reason);
  const search = query.toString();
  return search ? `/sign-in?${search}` : "/sign-in";
}
