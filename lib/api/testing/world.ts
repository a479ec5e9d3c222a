/* eslint-disable no-restricted-properties -- test support, like the tests: it points lib/env at this run's stand-in. */
import { randomBytes } from "node:crypto";
import type { CurrentUser } from "@/lib/auth/session";
import { getBudClient } from "@/lib/bud/client";
import { linkRow } from "@/lib/customer-link";
import { budCustomers } from "@/lib/db/schema";
import { createTestDb, insertTestUser, type TestDb } from "@/lib/db/testing";
import { resetEnvCacheForTests } from "@/lib/env";
import { configureLog } from "@/lib/log";
import { DEMO_CUSTOMER, EURO_CUSTOMER } from "@/sandbox/data/demo-customers";
import type { DemoCustomer } from "@/sandbox/data/world";
import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "@/sandbox/server/clients";
import { startSandbox, type RunningSandbox } from "@/sandbox/server/start";

/*
 * The world route-walking tests run in: the real stand-in, a migrated database, and two users linked to two
 * different demo customers (A = demo, B = euro). Route handlers, data layer and Bud client are all real.
 */

export interface WorldUser {
  user: CurrentUser;
  customer: DemoCustomer;
}

export interface RouteWorld {
  sandbox: RunningSandbox;
  testDb: TestDb;
  a: WorldUser;
  b: WorldUser;
  close(): Promise<void>;
}

/** For beforeAll: the stand-in, a PGlite database and the demo customers' data take a while on a busy machine. */
export const WORLD_START_TIMEOUT_MS = 180_000;

const ENV_KEYS = ["BUD_API_URL", "BUD_PAY_ORIGIN", "BUD_CLIENT_ID", "BUD_CLIENT_SECRET", "BUDGIE_ENCRYPTION_KEY", "NEXTAUTH_SECRET", "NEXTAUTH_URL"] as const;

function forgetBudClient(): void {
  delete (globalThis as { budgieBudClient?: unknown }).budgieBudClient;
}

async function linkedUser(testDb: TestDb, email: string, customer: DemoCustomer, asPayer: boolean): Promise<WorldUser> {
  const id = asPayer ? customer.idempotentIdentifier : undefined;
  const row = await insertTestUser(testDb.db, { id, email, name: email.split("@")[0] });
  await testDb.db.insert(budCustomers).values(linkRow(row.id, customer));
  return { user: { id: row.id, email: row.email, name: row.name }, customer };
}

/**
 * `asPayers`: each user's id is their customer's idempotent identifier, as sign-up makes it, so that Bud Pay (which
 * names the payer by it) moves that customer's money. Those ids are the shared demo users', so destructive
 * routes then refuse them; the IDOR walker leaves it off.
 */
export async function startRouteWorld(options: { asPayers?: boolean } = {}): Promise<RouteWorld> {
  const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));
  configureLog({ level: "silent" });
  // Tasks finish at once (no step delay), so a refresh the walker starts cannot change A's data while it walks.
  const sandbox = await startSandbox({ port: 0, connectStepMs: 0 });
  // Config and the Bud client are cached per process: set the environment first, then drop both caches.
  Object.assign(process.env, {
    BUD_API_URL: sandbox.url,
    // The stand-in's hosted pages are at its public URL (localhost), not the loopback address the API is called on.
    BUD_PAY_ORIGIN: `http://localhost:${new URL(sandbox.url).port}`,
    BUD_CLIENT_ID: LOCAL_CLIENT_ID,
    BUD_CLIENT_SECRET: LOCAL_CLIENT_SECRET,
    BUDGIE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: "http://localhost",
  });
  resetEnvCacheForTests();
  forgetBudClient();
  // The process-wide client's token request names no customer; take it now so each call's log holds only its own.
  await getBudClient().tokens.getToken();
  const testDb = await createTestDb("pglite");
  const a = await linkedUser(testDb, "a@example.com", DEMO_CUSTOMER, options.asPayers ?? false);
  const b = await linkedUser(testDb, "b@example.com", EURO_CUSTOMER, options.asPayers ?? false);

  return {
    sandbox,
    testDb,
    a,
    b,
    close: async () => {
      await testDb.close();
      await sandbox.close();
      for (const key of ENV_KEYS) {
        if (savedEnv[key] === undefined) delete process.env[key];
        else process.env[key] = savedEnv[key];
      }
      resetEnvCacheForTests();
      forgetBudClient();
      configureLog({ level: "info" });
    },
  };
}
