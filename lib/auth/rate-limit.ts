import "server-only";
import { createHmac } from "node:crypto";
import { and, desc, eq, gt, lt, type SQL } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { loginAttempts } from "@/lib/db/schema";
import { secretsConfig } from "@/lib/env";

/**
 * Sign-in throttling, per email and per client IP, kept in the database so that every app instance sees the same
 * counts. `now` is a parameter so tests can move the clock.
 */

export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

export interface SignInSource {
  /** Normalised (lib/auth/schemas normaliseEmail). */
  email: string;
  /** Null when unknown: then only the per-email limit applies (see lib/auth/client-ip). */
  ip: string | null;
}

export type SignInVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number; message: string };

/** Keyed, so the table holds no addresses (nor passwords typed into the email field) and cannot be reversed by guessing. */
function emailKey(email: string): string {
  return createHmac("sha256", secretsConfig().nextAuthSecret).update(`login-attempts:${email}`).digest("hex");
}

/**
 * With MAX_FAILURES failures in the window, sign-in is blocked until the oldest of them leaves it. A blocked
 * attempt is refused before any password check and is not recorded, so hammering cannot extend a lockout.
 */
function blockedUntil(recentFailures: { createdAt: Date }[]): number | null {
  const oldest = recentFailures[MAX_FAILURES - 1];
  return oldest ? oldest.createdAt.getTime() + WINDOW_MS : null;
}

export async function checkSignIn(source: SignInSource, now: Date = new Date()): Promise<SignInVerdict> {
  const db = await getDb();
  const since = new Date(now.getTime() - WINDOW_MS);
  // Newest first, at most MAX_FAILURES rows: the indexes on (email_key | ip, created_at) answer directly.
  const newest = (filter: SQL | undefined) =>
    db
      .select({ createdAt: loginAttempts.createdAt, succeeded: loginAttempts.succeeded })
      .from(loginAttempts)
      .where(and(filter, gt(loginAttempts.createdAt, since)))
      .orderBy(desc(loginAttempts.createdAt))
      .limit(MAX_FAILURES);
  const byEmail = await newest(eq(loginAttempts.emailKey, emailKey(source.email)));
  const byIp = source.ip ? await newest(and(eq(loginAttempts.ip, source.ip), eq(loginAttempts.succeeded, false))) : [];
  // The account's own successful sign-in resets its email counter; nothing resets the IP counter, so signing in
  // to one account does not buy more guesses at others.
  const lastSuccess = byEmail.findIndex((attempt) => attempt.succeeded);
  const emailFailures = lastSuccess === -1 ? byEmail : byEmail.slice(0, lastSuccess);
  const until = Math.max(blockedUntil(emailFailures) ?? 0, blockedUntil(byIp) ?? 0);
  if (until <= now.getTime()) return { allowed: true };
  const minutes = Math.max(1, Math.ceil((until - now.getTime()) / 60_000));
  return {
    allowed: false,
    retryAfterMinutes: minutes,
    message: `Too many sign-in attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
  };
}

/** Records one attempt and prunes what has left the window, so the table stays small without a scheduled job. */
export async function recordSignIn(
  attempt: SignInSource & { succeeded: boolean },
  now: Date = new Date(),
): Promise<void> {
  const db = await getDb();
  await db.insert(loginAttempts).values({
    emailKey: emailKey(attempt.email),
    ip: attempt.ip,
    succeeded: attempt.succeeded,
    createdAt: now,
  });
  await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, new Date(now.getTime() - WINDOW_MS)));
}
