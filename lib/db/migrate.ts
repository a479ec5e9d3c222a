import "server-only";
import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { DbHandle } from "@/lib/db/client";

// Resolved from the working directory (the repo root for `next`, tsx and vitest) because bundlers rewrite
// module paths; the folder must ship next to the server.
const MIGRATIONS = { migrationsFolder: path.join(process.cwd(), "lib", "db", "migrations") };

// Any fixed 64-bit number, the same in every instance: the lock that serialises migrations on a shared server.
const MIGRATION_LOCK = 4_224_703_911;

/**
 * Applies the committed drizzle-kit migrations (already applied ones are skipped). On PostgreSQL several app
 * instances may start together, and drizzle's migrator is not safe to run concurrently (both would create the
 * same tables), so it runs on one connection that holds a session-level advisory lock; the others wait, then
 * find nothing left to do.
 */
export async function migrateDatabase(handle: DbHandle): Promise<void> {
  if (handle.engine === "pglite") {
    // One process owns a PGlite directory, so there is nobody to race with.
    await migratePglite(handle.db, MIGRATIONS);
    return;
  }
  const connection = await handle.db.$client.connect();
  try {
    const locked = drizzle({ client: connection });
    await locked.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await migratePostgres(locked, MIGRATIONS);
    } finally {
      await locked.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    connection.release();
  }
}
