import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";

/** Tokens carry the session version they were issued under; raising it invalidates all of them. */
export const bumpSessionVersion = sql`${users.sessionVersion} + 1`;

/** Sign out everywhere: every token issued so far stops working. */
export async function revokeAllSessions(userId: string): Promise<void> {
  const db = await getDb();
  await db.update(users).set({ sessionVersion: bumpSessionVersion }).where(eq(users.id, userId));
}

/** Whether a token issued under `sessionVersion` is still current (not signed out, password unchanged). */
export async function isSessionVersionCurrent(userId: string, sessionVersion: number): Promise<boolean> {
  const db = await getDb();
  const [user] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return user?.sessionVersion === sessionVersion;
}
