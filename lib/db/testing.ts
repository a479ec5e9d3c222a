import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { getTableName, sql } from "drizzle-orm";
import { Client } from "pg";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { closeDb, openPglite, openPostgres, setDbForTests, type Database, type DbHandle, type PgliteHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { budCustomers, loginAttempts, mailOutbox, passwordResetTokens, users, webhookDeliveries, type User } from "@/lib/db/schema";
import { testDatabaseUrl } from "@/lib/env";

/* Test support: isolated, migrated databases on either engine. Imported by tests only. */

export type Engine = DbHandle["engine"];

export interface TestDb {
  engine: Engine;
  db: Database;
  handle: DbHandle;
  /** Empties every table: call between tests. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** PGlite always, PostgreSQL too when TEST_DATABASE_URL is set: for `describe.each(testEngines())`. */
export function testEngines(): Engine[] {
  return testDatabaseUrl() ? ["pglite", "postgres"] : ["pglite"];
}

async function withClient(url: string, run: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await run(client);
  } finally {
    await client.end();
  }
}

/** A throw-away, empty PostgreSQL database created through TEST_DATABASE_URL's server. */
export async function createScratchDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = testDatabaseUrl();
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  // Random hex only, so it is safe to splice into DDL (which takes no bind parameters).
  const name = `budgie_test_${randomBytes(6).toString("hex")}`;
  await withClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)),
  };
}

const TABLES = [users, budCustomers, loginAttempts, passwordResetTokens, mailOutbox, webhookDeliveries]
  .map((table) => `"${getTableName(table)}"`)
  .join(", ");

const MIGRATIONS_DIR = path.join(process.cwd(), "lib", "db", "migrations");

/** Names the template after everything that shapes it, so a changed migration or PGlite never loads a stale one. */
async function templateFile(): Promise<string> {
  const hash = createHash("sha256");
  const pglite = JSON.parse(await readFile(path.join(process.cwd(), "node_modules", "@electric-sql", "pglite", "package.json"), "utf8")) as { version: string };
  hash.update(pglite.version);
  for (const name of (await readdir(MIGRATIONS_DIR, { recursive: true })).sort()) {
    if (name.endsWith(".sql") || name.endsWith(".json")) hash.update(name).update(await readFile(path.join(MIGRATIONS_DIR, name)));
  }
  return path.join(tmpdir(), `budgie-test-pglite-${hash.digest("hex").slice(0, 16)}.tar`);
}

/**
 * An in-memory PGlite with the migrations applied. Initialising an empty PGlite takes about 2.5 s and loading a
 * dump about 0.7 s, so the first test file to need one saves its migrated database as a template in the temp
 * directory (renamed into place whole, so a parallel worker reads all of it or nothing) and the others load it.
 */
async function migratedPglite(): Promise<PgliteHandle> {
  const file = await templateFile();
  const template = await readFile(file).catch(() => undefined);
  const handle = await openPglite(undefined, template ? { loadDataDir: new Blob([template]) } : {});
  await migrateDatabase(handle); // nothing to do after a template; applies them all to an empty database
  if (!template) {
    const dump = await handle.db.$client.dumpDataDir("none");
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
  }
  return handle;
}

/**
 * A migrated database that getDb() also answers with until close(): PGlite in memory, or a scratch PostgreSQL
 * database that close() drops. PGlite takes seconds to open, so create one per test file (in beforeAll) and
 * isolate tests with reset().
 */
export async function createTestDb(engine: Engine): Promise<TestDb> {
  const scratch = engine === "postgres" ? await createScratchDatabase() : undefined;
  const handle = scratch ? openPostgres(scratch.url) : await migratedPglite();
  if (scratch) await migrateDatabase(handle);
  setDbForTests(handle);
  return {
    engine,
    db: handle.db,
    handle,
    reset: async () => {
      await handle.db.execute(sql.raw(`truncate ${TABLES} restart identity cascade`));
    },
    close: async () => {
      setDbForTests(undefined);
      await closeDb(handle);
      await scratch?.drop();
    },
  };
}

/**
 * The usual set-up inside `describe.each(testEngines())`: one database for the block, emptied before each test.
 * The returned object is filled in by beforeAll, so use it only inside tests and hooks.
 */
export function setUpTestDb(engine: Engine): TestDb {
  const testDb = {} as TestDb;
  beforeAll(async () => {
    Object.assign(testDb, await createTestDb(engine));
  });
  afterAll(() => testDb.close());
  beforeEach(() => testDb.reset());
  return testDb;
}

/** A user row for tests that need one but not a real sign-up (the password hash is a placeholder). */
export async function insertTestUser(db: Database, fields: Partial<typeof users.$inferInsert> = {}): Promise<User> {
  const [user] = await db
    .insert(users)
    .values({ email: "alex@example.com", name: "Alex Morgan", passwordHash: "not-a-hash", ...fields })
    .returning();
  if (!user) throw new Error("insert returned no row");
  return user;
}
