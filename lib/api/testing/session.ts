import type { CurrentUser } from "@/lib/auth/session";

/*
 * The one input route handlers may trust is the session, so route-walking tests fake only that:
 * vi.mock("@/lib/auth/session", …) answering getCurrentUser with fakeCurrentUser (imported inside the factory).
 */

let signedIn: CurrentUser | null = null;

export function signInAs(user: CurrentUser | null): void {
  signedIn = user;
}

export function fakeCurrentUser(): Promise<CurrentUser | null> {
  return Promise.resolve(signedIn);
}
