import "server-only";
import { cookies } from "next/headers";
import type { CurrentUser } from "@/lib/auth/session";

/*
 * The session of the request being served, read once per request: lib/auth/session.ts loads it (user, customer
 * link and hidden accounts in one statement), lib/customer-link.ts and lib/hidden-accounts.ts reuse its parts. Kept apart from session.ts so that the
 * link's reuse does not depend on how session.ts is loaded (tests replace it).
 */

/** The user's link to a Bud customer as stored: the secret still sealed (lib/customer-link opens it). */
export interface StoredLink {
  customerId: string;
  secretCiphertext: string | null;
}

export interface SessionRecord {
  user: CurrentUser;
  link: StoredLink | null;
  /** The accounts the user hid from totals (lib/hidden-accounts), read in the same statement. */
  hiddenAccountIds: readonly string[];
}

/**
 * This request's cookie store, or null outside a request (scripts, tests). Next hands out one store per request
 * to route handlers and renders alike, so it keys the per-request memo below; React's cache() would not do,
 * because it memoises nothing in route handlers.
 */
async function requestScope(): Promise<object | null> {
  try {
    return await cookies();
  } catch {
    return null;
  }
}

const perRequest = new WeakMap<object, Promise<SessionRecord | null>>();

/** `load()` once per request (every call outside a request). Later calls in the request share its answer. */
export async function sessionOncePerRequest(load: () => Promise<SessionRecord | null>): Promise<SessionRecord | null> {
  const scope = await requestScope();
  if (!scope) return load();
  let pending = perRequest.get(scope);
  if (!pending) perRequest.set(scope, (pending = load()));
  return pending;
}

/**
 * What was read together with this request's session, when the session is this user's; undefined when it was not
 * read with the session (no request, another user, or before getCurrentUser), so the caller reads it itself.
 */
export async function readWithSession(userId: string): Promise<SessionRecord | undefined> {
  const scope = await requestScope();
  const record = scope ? await perRequest.get(scope) : undefined;
  return record?.user.id === userId ? record : undefined;
}
