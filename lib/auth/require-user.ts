import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";

/**
 * For pages: the signed-in user, or a redirect to sign-in. Layouts and pages render in parallel, so every
 * page checks for itself rather than trusting its layout.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}
