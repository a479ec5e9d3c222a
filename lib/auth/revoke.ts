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
