import "server-only";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { DataDirLockedError, lockDataDir } from "@/lib/db/dir-lock";
import { migrateDatabase } from "@/lib/db/migrate";
import { countWrites, ReadCache } from "@/lib/db/read-cache";
import * as schema from "@/lib/db/schema";
import { appConfig } from "@/lib/env";
import { log } from "@/lib/log";
import { onShutdown } from "@/lib/shutdown";

type Schema = typeof schema;

/** What the rest of the app queries: the same Drizzle API whichever engine is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

/** An open database and the driver behind it (migrations and shutdown need the driver). */
export type DbHandle =
  | { engine: "pglite"; db: ReturnType<typeof drizzlePglite<Schema, PGlite>>; cache: ReadCache; unlock?: () => Promise<void> }
  | { engine: "postgres"; db: ReturnType<typeof drizzlePostgres<Schema, Pool>> };

export type PgliteHandle = Extract<DbHandle, { engine: "pglite" }>;

/**
 * In memory when no directory is given (tests). A directory is locked first (lib/db/dir-lock): a second process
 * on it fails with DataDirLockedError before PGlite touches a file. `purpose` names the opener in that message;
 * `loadDataDir` starts from a dump (dumpDataDir) instead of an empty database.
 */
export async function openPglite(dataDir?: string, options: { purpose?: string; loadDataDir?: Blob } = {}): Promise<PgliteHandle> {
  const unlock = dataDir ? await lockDataDir(dataDir, options.purpose) : undefined;
  try {
    const client = new PGlite({ dataDir, loadDataDir: options.loadDataDir });
    await client.waitReady;
    const cache = new ReadCache();
    countWrites(client, cache);
    return { engine: "pglite", db: drizzlePglite({ client, schema }), cache, unlock };
  } catch (error) {
    await unlock?.();
    throw error;
  }
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
  if (handle.engine === "postgres") return handle.db.$client.end();
  try {
    await handle.db.$client.close();
  } finally {
    await handle.unlock?.();
  }
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
  // Closed cleanly when the server stops (scripts/server.mjs), so PGlite's files are left consistent.
  onShutdown(disconnectDb);
  return handle;
}

// On globalThis so that Next's dev hot reloads, which re-evaluate modules, do not open PGlite again.
const globalForDb = globalThis as typeof globalThis & { budgieDb?: Promise<DbHandle> };

/** The process-wide database handle, opened and migrated on first use; a failed start is not cached. */
function getHandle(): Promise<DbHandle> {
  globalForDb.budgieDb ??= connect().catch((error: unknown) => {
    globalForDb.budgieDb = undefined;
    throw error;
  });
  return globalForDb.budgieDb;
}

/**
 * The process-wide database, migrated before first use: PGlite under `<dataDir>/pglite` by default, PostgreSQL when
 * DATABASE_URL is set. A failed start is not cached, so the next call tries again.
 */
export async function getDb(): Promise<Database> {
  return (await getHandle()).db;
}

/**
 * `load`'s answer, which PGlite may give from memory until the next write (lib/db/read-cache); PostgreSQL always
 * reads, since other instances write too. For hot, small reads keyed by everything they depend on (a user id).
 */
export async function cachedRead<T>(key: string, load: (db: Database) => Promise<T>): Promise<T> {
  const handle = await getHandle();
  return handle.engine === "pglite" ? handle.cache.read(key, () => load(handle.db)) : load(handle.db);
}

/**
 * Opens and migrates the database now rather than on the first query: called once at server start-up, which
 * stops with this sentence rather than answering 500s on every route.
 */
export async function prepareDatabase(): Promise<void> {
  try {
    await getDb();
  } catch (error) {
    throw new DatabaseUnavailableError(openFailure(error), { cause: error });
  }
}

export class DatabaseUnavailableError extends Error {
  override readonly name = "DatabaseUnavailableError";
}

/** What went wrong and what to do about it, in a sentence or two for the operator. */
function openFailure(error: unknown): string {
  if (error instanceof DataDirLockedError) return error.message;
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const { databaseUrl, dataDir } = appConfig();
  if (databaseUrl) {
    return `The PostgreSQL database in DATABASE_URL could not be opened (${reason}). Check that the server is running and reachable and that DATABASE_URL is right, then start again.`;
  }
  const dir = path.join(dataDir, "pglite");
  return (
    `The PGlite database in ${dir} could not be opened (${reason}). If it was damaged (a crash while writing, a ` +
    `full disk, two processes at once), move that directory aside and restore the latest backup with ` +
    "`npm run restore -- <backup file>`, then start again."
  );
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
