import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { readSessionEnd } from "@/lib/auth/session-token";
import { RETURN_PATH_HEADER, signInPath } from "@/lib/security/return-path";

/**
 * For pages and layouts: the signed-in user, or a redirect to sign-in that brings the user back to this page
 * afterwards (proxy.ts passes the path) and says why they were signed out, when their session ended by itself.
 * Layouts and pages render in parallel, so every page checks for itself rather than trusting its layout.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (user) return user;
  const [requestHeaders, reason] = await Promise.all([headers(), readSessionEnd()]);
  redirect(signInPath({ returnTo: requestHeaders.get(RETURN_PATH_HEADER), reason }));
}
