/**
 * Sign-up's crash between "Bud created the customer" and "we stored the link", against the real stand-in in both
 * of Bud's secret modes: the next use of the account must end with exactly one usable customer for the user.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server/start";
import { createBudClient, type BudClient } from "@/lib/bud/client";
import { listAccounts } from "@/lib/bud/accounts";
import { createCustomer } from "@/lib/bud/customers";
import { DEFAULT_RETRY_POLICY } from "@/lib/bud/retry";
import { getBudCustomer } from "@/lib/customer-link";
import { createTestDb, insertTestUser, type TestDb } from "@/lib/db/testing";
import { resetEnvCacheForTests } from "@/lib/env";
import { configureLog } from "@/lib/log";

const CLIENT_ID = "5b0c9d7e-1f2a-4b3c-8d4e-6f7a8b9c0d1e";
const CLIENT_SECRET = "customer-link-test-secret";
const globalForBud = globalThis as { budgieBudClient?: BudClient };

let db: TestDb;
beforeAll(async () => {
  configureLog({ level: "silent" });
  process.env.BUDGIE_ENCRYPTION_KEY = Buffer.alloc(32, 3).toString("base64");
  process.env.NEXTAUTH_SECRET = "customer-link-test-nextauth-secret-0123456789";
  db = await createTestDb("pglite");
});
afterAll(async () => {
  await db.close();
  configureLog({ level: "info" });
});

describe.each([
  { mode: "secret returned once", hostSecrets: false },
  { mode: "secret hosted by Bud", hostSecrets: true },
])("$mode", ({ hostSecrets }) => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let bud: BudClient;

  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      clients: [{ client_id: CLIENT_ID, client_secrets: [CLIENT_SECRET], host_secrets: hostSecrets }],
    });
    Object.assign(process.env, { BUD_API_URL: sandbox.url, BUD_CLIENT_ID: CLIENT_ID, BUD_CLIENT_SECRET: CLIENT_SECRET });
    resetEnvCacheForTests();
    delete globalForBud.budgieBudClient;
    bud = createBudClient({
      apiUrl: sandbox.url,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      timeoutMs: 5_000,
      deadlineMs: 10_000,
      retry: DEFAULT_RETRY_POLICY,
    });
  });
  afterAll(async () => {
    delete globalForBud.budgieBudClient;
    await sandbox.close();
  });

  async function customersAtBud(userId: string): Promise<string[]> {
    const { data } = await bud.api.GET("/platform/v3/customers", {
      params: { header: bud.clientHeaders(), query: { idempotent_identifier: userId } },
    });
    return (data?.data ?? []).map((customer) => customer.customer_id);
  }

  it("heals a sign-up that stopped after Bud created the customer, leaving exactly one usable customer", async () => {
    const { id: userId } = await insertTestUser(db.db, { email: `crash-${hostSecrets}@example.com` });
    // Sign-up's first step succeeded at Bud, then the process died before storing the link.
    const orphanCandidate = await createCustomer({ idempotentIdentifier: userId }, bud);
    expect(orphanCandidate.secretHosted).toBe(hostSecrets);
    expect(orphanCandidate.customerSecret === null).toBe(hostSecrets);

    const linked = await getBudCustomer(userId);
    await expect(listAccounts(linked, bud)).resolves.toEqual([]);
    expect(await customersAtBud(userId)).toEqual([linked.customerId]);
    // Hosted: the same customer is kept. Not hosted: its secret was lost, so it was replaced, not left behind.
    expect(linked.customerId === orphanCandidate.customerId).toBe(hostSecrets);
    expect(await getBudCustomer(userId)).toEqual(linked);
  });
});
