import "server-only";
import { and, eq } from "drizzle-orm";
import { readWithSession } from "@/lib/auth/request-session";
import { getDb } from "@/lib/db/client";
import { hiddenAccounts } from "@/lib/db/schema";

/*
 * Which of a user's accounts they hid from totals and net worth: a preference we store, since Bud has none. Every
 * read and write is bound to the user id; whether the account is the user's is checked by callers against Bud.
 */

/** The ids of the accounts this user hid: from the request's session read when it is this user's, else read here. */
export async function hiddenAccountIds(userId: string): Promise<Set<string>> {
  const withSession = await readWithSession(userId);
  if (withSession) return new Set(withSession.hiddenAccountIds);
  const db = await getDb();
  const rows = await db.select({ accountId: hiddenAccounts.accountId }).from(hiddenAccounts).where(eq(hiddenAccounts.userId, userId));
  return new Set(rows.map((row) => row.accountId));
}

/** Hides or shows one account; setting what is already set changes nothing. */
export async function setHiddenFromTotals(userId: string, accountId: string, hidden: boolean): Promise<void> {
  const db = await getDb();
  if (hidden) {
    await db.insert(hiddenAccounts).values({ userId, accountId }).onConflictDoNothing();
  } else {
    await db.delete(hiddenAccounts).where(and(eq(hiddenAccounts.userId, userId), eq(hiddenAccounts.accountId, accountId)));
  }
}
