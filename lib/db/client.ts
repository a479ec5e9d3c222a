import "server-only";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { migrateDatabase } from "@/lib/db/migrate";
import * as schema from "@/lib/db/schema";
import { appConfig } from "@/lib/env";
import { log } from "@/lib/log";

type Schema = typeof schema;

/** What the rest of the app queries: the same Drizzle API whichever engine is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** An open database and the driver behind it (migrations and shutdown need the driver). */
export type DbHandle =
  | { engine: "pglite"; db: ReturnType<typeof drizzlePglite<Schema, PGlite>> }
  | { engine: "postgres"; db: ReturnType<typeof drizzlePostgres<Schema, Pool>> };

/** In memory when no directory is given (tests). */
export async function openPglite(dataDir?: string): Promise<DbHandle> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir);
  await client.waitReady;
  return { engine: "pglite", db: drizzlePglite({ client, schema }) };
}

/**
 * A request holds a connection for one short statement (well under a millisecond), so a few connections serve
 * many concurrent requests; more would only queue inside PostgreSQL, where each costs a backend process, and
 * several instances share the server's max_connections (100 by default). A request that cannot get one within
 * 5 s fails rather than hanging; idle connections are kept a while, since opening one costs more than a query.
 */
const POOL = { max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 60_000, keepAlive: true } as const;

export function openPostgres(url: string): DbHandle {
  const pool = new Pool({ connectionString: url, ...POOL });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on("error", (error) => log("error", "postgres_pool_error", { error: error.message }));
  return { engine: "postgres", db: drizzlePostgres({ client: pool, schema }) };
}

export async function closeDb(handle: DbHandle): Promise<void> {
  await (handle.engine === "pglite" ? handle.db.$client.close() : handle.db.$client.end());
}

async function connect(): Promise<DbHandle> {
  const { databaseUrl, dataDir } = appConfig();
  const handle = databaseUrl ? openPostgres(databaseUrl) : await openPglite(path.join(dataDir, "pglite"));
  try {
    await migrateDatabase(handle);
  } catch (error) {
    // Leave nothing open behind a failed start (PGlite's directory must not be opened twice).
    await closeDb(handle).catch(() => undefined);
    throw error;
  }
  log("info", "database_ready", { engine: handle.engine });
  return handle;
}

// On globalThis so that Next's dev hot reloads, which re-evaluate modules, do not open PGlite again.
const globalForDb = globalThis as typeof globalThis & { budgieDb?: Promise<DbHandle> };

/**
 * The process-wide database, migrated before first use: PGlite under `<dataDir>/pglite` by default, PostgreSQL when
 * DATABASE_URL is set. A failed start is not cached, so the next call tries again.
 */
export async function getDb(): Promise<Database> {
  globalForDb.budgieDb ??= connect().catch((error: unknown) => {
    globalForDb.budgieDb = undefined;
    throw error;
  });
  return (await globalForDb.budgieDb).db;
}

/** Opens and migrates the database now rather than on the first query: called once at server start-up. */
export async function prepareDatabase(): Promise<void> {
  await getDb();
}

/** Closes the process-wide database, for scripts that must exit cleanly (PGlite keeps the process alive). */
export async function disconnectDb(): Promise<void> {
  const pending = globalForDb.budgieDb;
  globalForDb.budgieDb = undefined;
  if (pending) await closeDb(await pending);
}

/** For lib/db/testing.ts: makes getDb() answer with a test database (or forget it again). */
export function setDbForTests(handle: DbHandle | undefined): void {
  globalForDb.budgieDb = handle ? Promise.resolve(handle) : undefined;
}
