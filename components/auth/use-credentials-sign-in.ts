"use client";

import { useRouter } from "next/navigation";
import { signIn } from "@/components/auth/next-auth-client";
import { safeReturnPath } from "@/lib/security/return-path";

const INCORRECT = "Incorrect email or password.";
const UNREACHABLE = "We couldn’t reach Budgie. Check your connection and try again.";

/**
 * Signs in with email and password and, on success, moves to `callbackUrl` (or Overview).
 * Resolves to the message to show when it fails, or null once navigation has started. next-auth's client loads on
 * the first call; forms preload it on hover or focus (`preloadNextAuth`), as Sign out does.
 */
export function useCredentialsSignIn(callbackUrl?: string) {
  const router = useRouter();
  return async (email: string, password: string): Promise<string | null> => {
    let result;
    try {
      result = await signIn("credentials", { email, password, redirect: false });
    } catch {
      return UNREACHABLE;
    }
    if (result?.error) {
      // next-auth reports a null from authorize() as "CredentialsSignin"; anything else is our server's own
      // message, such as the rate limit's "Too many sign-in attempts. Try again in N minutes."
      return result.error === "CredentialsSignin" ? INCORRECT : result.error;
    }
    if (!result?.ok) return UNREACHABLE;
    // Only our own pages: a URL elsewhere would make sign-in an open redirect.
    router.replace(safeReturnPath(callbackUrl) ?? "/");
    // Server components (the app layout's session check) must render again now that there is a session.
    router.refresh();
    return null;
  };
}
