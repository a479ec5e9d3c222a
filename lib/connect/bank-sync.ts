import "server-only";
import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { bankConnections } from "@/lib/db/schema";

/*
 * Each connected bank's sync state on our side: when its data was last brought up to date (a finished connect or
 * refresh, by polling or by webhook), and when the user last asked for a refresh (the per-bank limit).
 */

/** One on-demand refresh per bank in this window: Bud answers a repeat within the hour with the same task anyway. */
export const REFRESH_INTERVAL_MS = 5 * 60_000;

export async function markSynced(userId: string, provider: string, at = new Date()): Promise<void> {
  const db = await getDb();
  await db
    .insert(bankConnections)
    .values({ userId, provider, lastSyncedAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [bankConnections.userId, bankConnections.provider],
      // Webhooks may arrive out of order: the newest sync wins.
      set: { lastSyncedAt: sql`greatest(${bankConnections.lastSyncedAt}, excluded.last_synced_at)`, updatedAt: at },
    });
}

/** provider → last synced, for the user's banks we have seen sync. */
export async function lastSyncedByProvider(userId: string): Promise<Map<string, Date>> {
  const db = await getDb();
  const rows = await db.select().from(bankConnections).where(eq(bankConnections.userId, userId));
  return new Map(rows.flatMap((row) => (row.lastSyncedAt ? [[row.provider, row.lastSyncedAt] as const] : [])));
}

/**
 * Takes this bank's refresh slot if it is free: true at most once per REFRESH_INTERVAL_MS per user and bank, in
 * one conditional write (so a double click cannot start two). Otherwise the time when the next one is allowed.
 */
export async function reserveRefresh(userId: string, provider: string, now = new Date()): Promise<{ allowed: true } | { allowed: false; retryAt: Date }> {
  const db = await getDb();
  await db.insert(bankConnections).values({ userId, provider, updatedAt: now }).onConflictDoNothing();
  const windowStart = new Date(now.getTime() - REFRESH_INTERVAL_MS);
  const [taken] = await db
    .update(bankConnections)
    .set({ refreshRequestedAt: now, updatedAt: now })
    .where(
      and(
        eq(bankConnections.userId, userId),
        eq(bankConnections.provider, provider),
        or(isNull(bankConnections.refreshRequestedAt), lt(bankConnections.refreshRequestedAt, windowStart)),
      ),
    )
    .returning();
  if (taken) return { allowed: true };
  const last = (await refreshRequestedAt(userId, provider)) ?? now;
  return { allowed: false, retryAt: new Date(last.getTime() + REFRESH_INTERVAL_MS) };
}

/** When the user last asked this bank for a refresh: new transactions are counted from then. */
export async function refreshRequestedAt(userId: string, provider: string): Promise<Date | null> {
  const db = await getDb();
  const [row] = await db
    .select({ at: bankConnections.refreshRequestedAt })
    .from(bankConnections)
    .where(and(eq(bankConnections.userId, userId), eq(bankConnections.provider, provider)));
  return row?.at ?? null;
}

/** Forgets a bank whose data was deleted. */
export async function forgetBank(userId: string, provider: string): Promise<void> {
  const db = await getDb();
  await db.delete(bankConnections).where(and(eq(bankConnections.userId, userId), eq(bankConnections.provider, provider)));
}
