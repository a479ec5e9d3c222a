import { z } from "zod";
import type { SessionConfig } from "@/lib/env";
import type { SessionEnd } from "@/lib/schemas/auth";

/**
 * How long a session lives. Two clocks, both in the token itself so every instance agrees without a lookup:
 * - idle: from `iat`, which next-auth sets each time the token is (re)issued; proxy.ts re-issues it on activity;
 * - absolute: from `auth_time` (OIDC's name for when the user signed in), copied unchanged into every re-issued
 *   token, so no amount of activity extends a session past its lifetime.
 */

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  /** Seconds since the epoch when the user signed in. */
  authTime: number;
  /** Seconds since the epoch when this token was issued or last renewed. */
  issuedAt: number;
}

export type { SessionEnd } from "@/lib/schemas/auth";

/** Re-issuing costs an encryption, so activity within this many seconds of the last renewal is not renewed again. */
export const RENEW_AFTER_SECONDS = 60;

const tokenShape = z.object({
  sub: z.string().min(1),
  sv: z.number().int(),
  auth_time: z.number().int(),
  iat: z.number().int(),
});

/** The claims we rely on, or null for a token without them (such as one issued before lifetimes existed). */
export function sessionClaims(token: unknown): SessionClaims | null {
  const parsed = tokenShape.safeParse(token);
  if (!parsed.success) return null;
  const { sub, sv, auth_time, iat } = parsed.data;
  return { userId: sub, sessionVersion: sv, authTime: auth_time, issuedAt: iat };
}

export function nowInSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Null while the session is alive; otherwise the deadline that passed first. */
export function sessionEnd(claims: SessionClaims, now: number, config: SessionConfig): SessionEnd | null {
  const idleDeadline = claims.issuedAt + config.idleTimeoutSeconds;
  const absoluteDeadline = claims.authTime + config.absoluteLifetimeSeconds;
  if (now < Math.min(idleDeadline, absoluteDeadline)) return null;
  return idleDeadline < absoluteDeadline ? "idle" : "expired";
}

export function isDueForRenewal(claims: SessionClaims, now: number): boolean {
  return now - claims.issuedAt >= RENEW_AFTER_SECONDS;
}

/** The payload of a token for these claims; next-auth's encode() adds a fresh iat, exp and jti. */
export function tokenPayload(claims: Pick<SessionClaims, "userId" | "sessionVersion" | "authTime">) {
  return { sub: claims.userId, sv: claims.sessionVersion, auth_time: claims.authTime };
}
