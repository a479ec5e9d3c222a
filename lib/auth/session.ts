import "server-only";
import { eq, sql } from "drizzle-orm";
import { checkCurrentPassword } from "@/lib/auth/current-password";
import { hashPassword } from "@/lib/auth/password";
import { bumpSessionVersion } from "@/lib/auth/revoke";
import { passwordSchema } from "@/lib/schemas/auth";
import { sessionOncePerRequest, type SessionRecord } from "@/lib/auth/request-session";
import { readSessionToken } from "@/lib/auth/session-token";
import { cachedRead, getDb, type Database } from "@/lib/db/client";
import { budCustomers, hiddenAccounts, users } from "@/lib/db/schema";
import { timeStep } from "@/lib/perf/server-timing";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
}

/**
 * The user, their customer link and the accounts they hid, in one statement prepared once per database: one
 * round trip per request (none on PGlite while nothing was written, lib/db/read-cache).
 */
function prepareSessionRead(db: Database) {
  const hidden = db.select({ ids: sql<string[]>`array_agg(${hiddenAccounts.accountId})` }).from(hiddenAccounts).where(eq(hiddenAccounts.userId, users.id));
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      sessionVersion: users.sessionVersion,
      customerId: budCustomers.customerId,
      secretCiphertext: budCustomers.secretCiphertext,
      hiddenAccountIds: sql<string[] | null>`(${hidden})`,
    })
    .from(users)
    .leftJoin(budCustomers, eq(budCustomers.userId, users.id))
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare("budgie_session_read");
}

const prepared = new WeakMap<Database, ReturnType<typeof prepareSessionRead>>();

async function loadSession(): Promise<SessionRecord | null> {
  const session = await timeStep("cookie", readSessionToken);
  if (!session) return null;
  const [row] = await timeStep("db", () =>
    cachedRead(`session:${session.userId}`, (db) => {
      let statement = prepared.get(db);
      if (!statement) prepared.set(db, (statement = prepareSessionRead(db)));
      return statement.execute({ userId: session.userId });
    }),
  );
  // The version is compared on every request with what the database holds now (PGlite's cache ends at any write):
  // revocation takes effect at once on every instance.
  if (!row || row.sessionVersion !== session.sessionVersion) return null;
  return {
    user: { id: row.id, email: row.email, name: row.name },
    link: row.customerId === null ? null : { customerId: row.customerId, secretCiphertext: row.secretCiphertext },
    hiddenAccountIds: row.hiddenAccountIds ?? [],
  };
}

/**
 * The signed-in user, or null. The token's session version is compared with the database on every request, so
 * signing out everywhere or changing the password revokes existing tokens at once. Read once per request, shared
 * by the layouts, pages and route handler of that request.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  return (await sessionOncePerRequest(loadSession))?.user ?? null;
}

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; error: "invalid_password" | "wrong_password" | "rate_limited"; message: string };

/**
 * Replaces the password and revokes every session, this one included (the settings page signs in again with the
 * new password, so only the other sessions end). The current password is checked first (lib/auth/current-password).
 */
export async function changePassword(userId: string, current: string, next: string): Promise<ChangePasswordResult> {
  const valid = passwordSchema.safeParse(next);
  if (!valid.success) return { ok: false, error: "invalid_password", message: valid.error.issues[0]?.message ?? "" };
  const checked = await checkCurrentPassword(userId, current);
  if (!checked.ok) return checked;
  const db = await getDb();
  await db
    .update(users)
    .set({ passwordHash: await hashPassword(next), sessionVersion: bumpSessionVersion })
    .where(eq(users.id, userId));
  return { ok: true };
}
