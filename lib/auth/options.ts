import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { revokeAllSessions } from "@/lib/auth/revoke";
import { appConfig, secretsConfig } from "@/lib/env";

const THIRTY_DAYS_IN_SECONDS = 30 * 24 * 60 * 60;

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
  session: { strategy: "jwt", maxAge: THIRTY_DAYS_IN_SECONDS },
  pages: { signIn: "/sign-in" },
  callbacks: {
    // The token carries only who the user is and which session generation it belongs to; everything else is
    // read from the database per request (lib/auth/session), so a bumped version revokes the token at once.
    jwt: ({ token, user }) => (user ? { sub: user.id, sv: user.sessionVersion } : { sub: token.sub, sv: token.sv }),
    session: ({ session, token }) => ({ expires: session.expires, userId: token.sub, sessionVersion: token.sv }),
  },
  events: {
    // A JWT cannot be recalled, so signing out raises the user's session version: the token just cleared from
    // this browser, and any copy of it or of the user's other sessions, stops working everywhere.
    signOut: async ({ token }) => {
      if (token?.sub) await revokeAllSessions(token.sub);
    },
  },
  // Getters, read per request: `next build` runs with NODE_ENV=production and no secrets, and imports this module.
  get secret() {
    return secretsConfig().nextAuthSecret;
  },
  get useSecureCookies() {
    return appConfig().isProduction;
  },
};
