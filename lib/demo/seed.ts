import "server-only";
import { inArray } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password";
import { linkRow } from "@/lib/customer-link";
import { getDb } from "@/lib/db/client";
import { budCustomers, users } from "@/lib/db/schema";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-users";
import { appConfig } from "@/lib/env";
import { log } from "@/lib/log";

/**
 * Demo mode only: creates the demo users and links each to its pre-seeded stand-in customer (which already
 * exists there, so no Bud call). Runs at every start; every insert is "on conflict do nothing", so it is
 * idempotent and safe when several instances start at once.
 */
export async function seedDemoUsers(): Promise<void> {
  if (!appConfig().demo) return;
  const db = await getDb();
  const ids = DEMO_USERS.map((user) => user.id);
  const present = async () =>
    new Set((await db.select({ id: users.id }).from(users).where(inArray(users.id, ids))).map((row) => row.id));

  // argon2 costs ~0.1 s per hash, so only users that are missing get one.
  const before = await present();
  const missing = DEMO_USERS.filter((user) => !before.has(user.id));
  const rows = await Promise.all(
    missing.map(async ({ id, email, name }) => ({ id, email, name, passwordHash: await hashPassword(DEMO_PASSWORD) })),
  );
  const created = rows.length > 0 ? await db.insert(users).values(rows).onConflictDoNothing().returning() : [];

  // A demo address already taken by a real sign-up keeps its owner; that demo user is skipped, not linked.
  const after = await present();
  const seeded = DEMO_USERS.filter((user) => after.has(user.id));
  if (seeded.length > 0) {
    await db
      .insert(budCustomers)
      .values(seeded.map((user) => linkRow(user.id, user.customer)))
      .onConflictDoNothing();
  }
  log("info", "demo_users_seeded", { created: created.length, skipped: DEMO_USERS.length - seeded.length });
}
