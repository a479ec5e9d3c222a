import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { hashPassword } from "@/lib/auth/password";
import { backupPglite, backupPostgres, restorePglite, restorePostgres } from "@/lib/db/backup";
import { closeDb, openPglite, openPostgres, setDbForTests, type DbHandle } from "@/lib/db/client";
import { migrateDatabase } from "@/lib/db/migrate";
import { createScratchDatabase, insertTestUser, testEngines } from "@/lib/db/testing";

const getBudCustomer = vi.hoisted(() => vi.fn(async () => ({ customerId: "customer-1", customerSecret: null })));
vi.mock("@/lib/customer-link", () => ({ getBudCustomer }));

const PASSWORD = "correct horse battery";
const work = fs.mkdtempSync(path.join(os.tmpdir(), "budgie-backup-"));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

/** Signs in against whatever getDb() answers with: the restored database. */
async function signInWith(handle: DbHandle) {
  setDbForTests(handle);
  try {
    return await authorizeCredentials({ email: "alex@example.com", password: PASSWORD }, {});
  } finally {
    setDbForTests(undefined);
  }
}

async function withUser(handle: DbHandle): Promise<string> {
  await migrateDatabase(handle);
  return (await insertTestUser(handle.db, { passwordHash: await hashPassword(PASSWORD) })).id;
}

/** Each engine's way through: make a database with a user, back it up, lose it, restore it, open the result. */
const scenarios = {
  pglite: async () => {
    const dir = path.join(work, "pglite");
    const file = path.join(work, "budgie.tar.gz");
    const original = await openPglite(dir);
    const userId = await withUser(original);
    // The running app holds the directory: a backup then fails with a sentence saying so.
    await expect(backupPglite(dir, file)).rejects.toThrow(/Another Budgie process is using .* stop it before starting a backup/);
    await closeDb(original);

    await backupPglite(dir, file);
    fs.rmSync(dir, { recursive: true });
    await restorePglite(file, dir);
    await expect(restorePglite(file, dir)).rejects.toThrow(/already holds a database\. Move it aside first/);
    return { userId, restored: await openPglite(dir), drop: async () => undefined };
  },
  postgres: async () => {
    const file = path.join(work, "budgie.dump");
    const source = await createScratchDatabase();
    const original = openPostgres(source.url);
    const userId = await withUser(original);
    await backupPostgres(source.url, file);
    await closeDb(original);
    await source.drop();

    const target = await createScratchDatabase();
    await restorePostgres(file, target.url);
    await expect(restorePglite(file, path.join(work, "other"))).rejects.toThrow(/is a PostgreSQL backup/);
    return { userId, restored: openPostgres(target.url), drop: target.drop };
  },
};

describe.each(testEngines())("backup and restore on %s", (engine) => {
  it("backs up, restores after the database is gone, and the user signs in with the restored data", { timeout: 240_000 }, async () => {
    const { userId, restored, drop } = await scenarios[engine]();
    try {
      expect(await signInWith(restored)).toEqual({ id: userId, sessionVersion: 1 });
    } finally {
      await closeDb(restored);
      await drop();
    }
  });
});
