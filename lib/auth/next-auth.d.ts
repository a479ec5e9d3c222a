import "next-auth";
import "next-auth/jwt";

// next-auth v4's documented way to type what our callbacks add (see lib/auth/options.ts).
declare module "next-auth" {
  interface User {
    sessionVersion: number;
  }
  interface Session {
    userId?: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's session version when the token was issued. */
    sv?: number;
    /** When the user signed in, in seconds (lib/auth/session-lifetime). */
    auth_time?: number;
  }
}
