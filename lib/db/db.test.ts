import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { closeDb, disconnectDb, getDb, openPostgres, prepareDatabase, type Database } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { budCustomers, users } from "@/lib/db/schema";
import { createScratchDatabase, insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { resetEnvCacheForTests } from "@/lib/env";

const journal = JSON.parse(fs.readFileSync(path.resolve("lib/db/migrations/meta/_journal.json"), "utf8")) as {
  entries: unknown[];
};

async function appliedMigrations(db: Database): Promise<number> {
  const result = await db.execute(sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
  return (result as unknown as { rows: { count: number }[] }).rows[0]?.count ?? 0;
}

describe.each(testEngines())("database on %s", (engine) => {
  const testDb = setUpTestDb(engine);

  it("refuses a second account whose email differs only in case", async () => {
    await insertTestUser(testDb.db, { email: "alex@example.com" });
    await expect(insertTestUser(testDb.db, { email: "Alex@Example.COM" })).rejects.toThrow();
    expect(await testDb.db.select().from(users)).toHaveLength(1);
  });

  it("applies the migrations once; running them again changes nothing", async () => {
    expect(await appliedMigrations(testDb.db)).toBe(journal.entries.length);
    await migrateDatabase(testDb.handle);
    await migrateDatabase(testDb.handle);
    expect(await appliedMigrations(testDb.db)).toBe(journal.entries.length);
  });

  it("deletes a user's Bud link with the user, and keeps a secret and its key id together", async () => {
    const link = { userId: (await insertTestUser(testDb.db)).id, customerId: "customer-1" };
    await expect(testDb.db.insert(budCustomers).values({ ...link, secretCiphertext: "v1.x" })).rejects.toThrow();
    await testDb.db.insert(budCustomers).values(link);
    await testDb.db.delete(users);
    expect(await testDb.db.select().from(budCustomers)).toEqual([]);
  });
});

describe.runIf(testEngines().includes("postgres"))("PostgreSQL start-up", () => {
  it("lets two instances migrate one database at the same time", async () => {
    const scratch = await createScratchDatabase();
    const instances = [openPostgres(scratch.url), openPostgres(scratch.url)];
    try {
      await Promise.all(instances.map((instance) => migrateDatabase(instance)));
      expect(await appliedMigrations(instances[0]!.db)).toBe(journal.entries.length);
    } finally {
      await Promise.all(instances.map((instance) => closeDb(instance)));
      await scratch.drop();
    }
  });

  it("opens one database per process with DATABASE_URL, however many callers prepare it at once", async () => {
    const scratch = await createScratchDatabase();
    vi.stubEnv("DATABASE_URL", scratch.url);
    resetEnvCacheForTests();
    try {
      await Promise.all([prepareDatabase(), prepareDatabase()]);
      const [first, second] = await Promise.all([getDb(), getDb()]);
      expect(second).toBe(first);
      expect(await appliedMigrations(first)).toBe(journal.entries.length);
    } finally {
      await disconnectDb();
      vi.unstubAllEnvs();
      resetEnvCacheForTests();
      await scratch.drop();
    }
  });
});
