import "server-only";
import { createHmac } from "node:crypto";
import { and, desc, eq, gt, lt, sql, type SQL } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db/client";
import { loginAttempts } from "@/lib/db/schema";
import { rateLimitConfig, secretsConfig } from "@/lib/env";

/**
 * Sign-in throttling, per email and per client address, and a per-address limit on sign-ups, kept in the
 * database so that every app instance sees the same counts. `now` is a parameter so tests can move the clock.
 *
 * Sign-in is reserve → count → release: an attempt first reserves a slot (a row that counts as a failure) while
 * holding a lock on its email and address, so a burst of parallel guesses cannot all pass the check before any is
 * recorded; the password is then checked outside the lock; the outcome is counted (a success turns the row into
 * one), or the slot is released if the attempt could not be judged. A refused attempt records nothing, so
 * hammering cannot extend a lockout.
 */

/** Failed sign-ins per email in the window; the per-address limits are configuration (lib/env rateLimitConfig). */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

export interface SignInSource {
  /** Normalised (lib/rules/email normaliseEmail). */
  email: string;
  /** Null when unknown: then only the per-email limit applies (see lib/auth/client-ip). */
  ip: string | null;
}

export interface Refusal {
  allowed: false;
  /** For the Retry-After header. */
  retryAfterSeconds: number;
  message: string;
}

export interface Reservation {
  allowed: true;
  id: number;
}

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Keyed, so the table holds no addresses (nor passwords typed into the email field) and cannot be reversed by guessing. */
function keyed(subject: string): string {
  return createHmac("sha256", secretsConfig().nextAuthSecret).update(subject).digest("hex");
}
const emailKey = (email: string) => keyed(`login-attempts:${email}`);
// Sign-ups and other counted events (reserveEvents) share the table under their own key spaces: an email key
// never equals one, and their rows carry no ip, so they never count as failed sign-ins.

/**
 * Runs `work` in a transaction holding an advisory lock per name (sorted, so two callers never wait on each
 * other crosswise). On PostgreSQL this serialises instances sharing the database; PGlite runs one transaction
 * at a time anyway.
 */
async function withLocks<T>(names: string[], work: (tx: Transaction) => Promise<T>): Promise<T> {
  const db = await getDb();
  return db.transaction(async (tx) => {
    for (const name of [...names].sort()) await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${name}))`);
    return work(tx);
  });
}

/** Newest first, at most `limit` rows: the indexes on (email_key | ip, created_at) answer directly. */
function recent(tx: Transaction, filter: SQL | undefined, now: Date, limit: number) {
  return tx
    .select({ createdAt: loginAttempts.createdAt, succeeded: loginAttempts.succeeded })
    .from(loginAttempts)
    .where(and(filter, gt(loginAttempts.createdAt, new Date(now.getTime() - WINDOW_MS))))
    .orderBy(desc(loginAttempts.createdAt))
    .limit(limit);
}

/** With `max` events in the window, the next is refused until the oldest of them leaves it. */
function blockedUntil(events: { createdAt: Date }[], max: number): number {
  const oldest = events[max - 1];
  return oldest ? oldest.createdAt.getTime() + WINDOW_MS : 0;
}

function refusal(until: number, now: Date, what: string): Refusal {
  const seconds = Math.ceil((until - now.getTime()) / 1000);
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return {
    allowed: false,
    retryAfterSeconds: seconds,
    message: `Too many ${what}. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
  };
}

async function insertAttempt(tx: Transaction, row: typeof loginAttempts.$inferInsert): Promise<number> {
  const [inserted] = await tx.insert(loginAttempts).values(row).returning({ id: loginAttempts.id });
  if (!inserted) throw new Error("insert returned no row");
  return inserted.id;
}

/** Reserves one sign-in attempt, or refuses it (recording nothing) while the email or the address is blocked. */
export async function reserveSignIn(source: SignInSource, now: Date = new Date()): Promise<Reservation | Refusal> {
  const key = emailKey(source.email);
  return withLocks([key, ...(source.ip ? [`ip:${source.ip}`] : [])], async (tx) => {
    const perAddress = rateLimitConfig().signInFailuresPerAddress;
    const byEmail = await recent(tx, eq(loginAttempts.emailKey, key), now, MAX_FAILURES);
    const byIp = source.ip
      ? await recent(tx, and(eq(loginAttempts.ip, source.ip), eq(loginAttempts.succeeded, false)), now, perAddress)
      : [];
    // The account's own successful sign-in resets its email counter; nothing resets the address counter, so
    // signing in to one account does not buy more guesses at others.
    const lastSuccess = byEmail.findIndex((attempt) => attempt.succeeded);
    const emailFailures = lastSuccess === -1 ? byEmail : byEmail.slice(0, lastSuccess);
    const until = Math.max(blockedUntil(emailFailures, MAX_FAILURES), blockedUntil(byIp, perAddress));
    if (until > now.getTime()) return refusal(until, now, "sign-in attempts");
    const id = await insertAttempt(tx, { emailKey: key, ip: source.ip, succeeded: false, createdAt: now });
    return { allowed: true, id };
  });
}

/** Counts the judged attempt: a failure keeps its reserved row; a success turns it into one. */
export async function countSignIn(reservation: Reservation, succeeded: boolean, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  if (succeeded) await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, reservation.id));
  // Pruning here keeps the table small without a scheduled job.
  await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, new Date(now.getTime() - WINDOW_MS)));
}

/** Gives the slot back: the attempt could not be judged (an error), so it must not count against anyone. */
export async function releaseSignIn(reservation: Reservation): Promise<void> {
  const db = await getDb();
  await db.delete(loginAttempts).where(eq(loginAttempts.id, reservation.id));
}

/**
 * A plain event limit in the same table, under its own key space (`scope:subject`): at most `max` events per key
 * in the window, every key checked and, when all allow it, counted at once. For limits that, like sign-ups,
 * count every request rather than failures (password reset requests, per email and per address).
 */
export async function reserveEvents(
  limits: { scope: string; subject: string; max: number }[],
  what: string,
  now: Date = new Date(),
): Promise<{ allowed: true } | Refusal> {
  const entries = limits.map(({ scope, subject, max }) => ({ name: `${scope}:${subject}`, key: keyed(`${scope}:${subject}`), max }));
  return withLocks(
    entries.map((entry) => entry.name),
    async (tx) => {
      let until = 0;
      for (const limit of entries) {
        until = Math.max(until, blockedUntil(await recent(tx, eq(loginAttempts.emailKey, limit.key), now, limit.max), limit.max));
      }
      if (until > now.getTime()) return refusal(until, now, what);
      for (const limit of entries) await insertAttempt(tx, { emailKey: limit.key, ip: null, succeeded: true, createdAt: now });
      return { allowed: true };
    },
  );
}

/**
 * At most `signUpsPerAddress` (default 10) account creations per client address in the window (each one creates a Bud customer, and
 * a "taken" answer tells whether an email has an account). Counts the attempt when allowed. An unknown address
 * is not limited here, as for sign-in.
 */
export async function reserveSignUp(ip: string | null, now: Date = new Date()): Promise<{ allowed: true } | Refusal> {
  if (!ip) return { allowed: true };
  return reserveEvents([{ scope: "sign-up", subject: ip, max: rateLimitConfig().signUpsPerAddress }], "sign-ups from your network", now);
}
