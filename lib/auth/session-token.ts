import "server-only";
import { cookies } from "next/headers";
import { decryptSessionJwt } from "@/lib/auth/session-jwt";
import { nowInSeconds, sessionClaims, sessionEnd, type SessionClaims, type SessionEnd } from "@/lib/auth/session-lifetime";
import { appConfig, secretsConfig, sessionConfig } from "@/lib/env";

export interface SessionToken {
  userId: string;
  sessionVersion: number;
}

/** next-auth's cookie name: the `__Secure-` prefix wherever it sets secure cookies (lib/auth/options). */
export function sessionCookieName(): string {
  return `${appConfig().isProduction ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * One JWT decryption; null for a missing, forged, malformed or pre-lifetime token. Not next-auth's decode(): see
 * session-jwt.ts (the same checks, without a thread-pool hop per request).
 */
export async function decodeSessionCookie(value: string | undefined): Promise<SessionClaims | null> {
  if (!value) return null;
  return sessionClaims(decryptSessionJwt(value, secretsConfig().nextAuthSecret));
}

async function readClaims(): Promise<SessionClaims | null> {
  return decodeSessionCookie((await cookies()).get(sessionCookieName())?.value);
}

/**
 * Reads this request's session straight from next-auth's cookie: one JWT decryption. getServerSession() would run
 * next-auth's whole session handler and re-encrypt the token too (a cookie that server components cannot set
 * anyway), which roughly doubles the cost of every authenticated request. Our token holds only the user id,
 * session version and sign-in time, so it is never split into chunked cookies. A session past its idle timeout
 * or absolute lifetime (lib/auth/session-lifetime) reads as none.
 */
export async function readSessionToken(): Promise<SessionToken | null> {
  const claims = await readClaims();
  if (!claims || sessionEnd(claims, nowInSeconds(), sessionConfig())) return null;
  return { userId: claims.userId, sessionVersion: claims.sessionVersion };
}

/** Why this request's session ended by itself, for the sign-in page; null when there is nothing to explain. */
export async function readSessionEnd(): Promise<SessionEnd | null> {
  const claims = await readClaims();
  return claims && sessionEnd(claims, nowInSeconds(), sessionConfig());
}
