import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { isSessionVersionCurrent, revokeAllSessions } from "@/lib/auth/revoke";
import { nowInSeconds, sessionClaims, sessionEnd, tokenPayload } from "@/lib/auth/session-lifetime";
import { appConfig, secretsConfig, sessionConfig } from "@/lib/env";
import { log } from "@/lib/log";
import { securityEvent } from "@/lib/security/events";

/** Thrown from the jwt callback; next-auth then answers its session endpoint with no session and clears the cookie. */
class SessionEndedError extends Error {
  override readonly name = "SessionEndedError";
}

/**
 * next-auth v4: email + password, JWT sessions. The fields are named `email` and `password`, so scripts can sign
 * in with the standard `POST /api/auth/callback/credentials` (after `GET /api/auth/csrf`).
 */
export const authOptions: AuthOptions = {
  providers: [
    CredentialsProvider({
      name: "Email",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: (credentials, request) => authorizeCredentials(credentials, request.headers),
    }),
  ],
  session: {
    strategy: "jwt",
    // The cookie and JWT outlive the session on purpose (lib/auth/session-renewal explains why); the idle timeout
    // and absolute lifetime are enforced from the token's claims.
    get maxAge() {
      return sessionConfig().absoluteLifetimeSeconds;
    },
  },
  pages: { signIn: "/sign-in" },
  callbacks: {
    // The token carries only who the user is, which session generation it belongs to and when they signed in;
    // everything else is read from the database per request (lib/auth/session), so a bumped version revokes it.
    jwt: async ({ token, user }) => {
      if (user) return tokenPayload({ userId: user.id, sessionVersion: user.sessionVersion, authTime: nowInSeconds() });
      // Only next-auth's session endpoint gets here. It must not vouch for a token our own requests refuse:
      // ended by inactivity or age, or revoked by sign-out or a password change.
      const claims = sessionClaims(token);
      if (!claims || sessionEnd(claims, nowInSeconds(), sessionConfig())) throw new SessionEndedError("session ended");
      if (!(await isSessionVersionCurrent(claims.userId, claims.sessionVersion))) {
        throw new SessionEndedError("session revoked");
      }
      return tokenPayload(claims);
    },
    session: ({ session, token }) => ({ expires: session.expires, userId: token.sub, sessionVersion: token.sv }),
  },
  events: {
    // A JWT cannot be recalled, so signing out raises the user's session version: the token just cleared from
    // this browser, and any copy of it or of the user's other sessions, stops working everywhere.
    signOut: async ({ token }) => {
      if (!token?.sub) return;
      await revokeAllSessions(token.sub);
      securityEvent("sign_out", { userId: token.sub });
    },
  },
  // next-auth's own logger prints errors with their messages and metadata to the console; ours keeps codes only.
  logger: {
    error: (code, metadata) =>
      log(metadata instanceof SessionEndedError ? "info" : "warn", "next_auth", {
        code,
        error: metadata instanceof Error ? metadata.name : null,
      }),
    warn: (code) => log("warn", "next_auth", { code }),
    debug: () => undefined,
  },
  // Getters, read per request: `next build` runs with NODE_ENV=production and no secrets, and imports this module.
  get secret() {
    return secretsConfig().nextAuthSecret;
  },
  get useSecureCookies() {
    return appConfig().isProduction;
  },
};
