import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_CLIENT_ID } from "./clients";
import { budCaller, startTestSandbox } from "./test-support";
import { TEST_CUSTOMER } from "./test-world";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "sandbox-state-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("state across restarts", () => {
  it("keeps customers, their secrets, deletions and tokens", async () => {
    const first = await startTestSandbox({ dataDir });
    const bud = await budCaller(first);
    const created = await bud("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: "persisted" } } });
    const customer = { id: created.body.data.customer_id as string, secret: created.body.data.customer_secret as string };
    await bud(`/v1/customers/${TEST_CUSTOMER.customerId}`, { method: "DELETE" });
    await first.close();

    const snapshot = await readFile(path.join(dataDir, "state.json"), "utf8");
    expect(snapshot).toContain(customer.id);
    expect(snapshot).not.toContain(customer.secret);
    expect(snapshot).not.toContain(bud.token);

    const second = await startTestSandbox({ dataDir });
    try {
      const again = await budCaller(second);
      expect((await again("/financial/v3/accounts", { customer })).status).toBe(200);
      expect((await again("/financial/v3/accounts", { customer: { ...customer, secret: "f".repeat(32) } })).status).toBe(401);
      const replay = await again("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: "persisted" } } });
      expect([replay.status, replay.body.data.customer_id]).toEqual([200, customer.id]);
      // A deleted demo customer is not seeded again, and a token from before the restart still works.
      expect((await again(`/v1/customers/${TEST_CUSTOMER.customerId}/context`)).status).toBe(404);
      const sameToken = await fetch(`${second.url}/platform/v3/customers`, {
        headers: { Authorization: `Bearer ${bud.token}`, "X-Client-Id": LOCAL_CLIENT_ID },
      });
      expect(sameToken.status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it("connects the demo customers' banks in a snapshot from before connections existed", async () => {
    const old = await mkdtemp(path.join(tmpdir(), "sandbox-old-"));
    await (await startTestSandbox({ dataDir: old })).close();
    const file = path.join(old, "state.json");
    const { connections, clock, demo_connections_seeded, ...before } = JSON.parse(await readFile(file, "utf8"));
    expect([Object.keys(connections).length, clock, demo_connections_seeded]).toEqual([1, { advanced_days: 0 }, true]);
    await writeFile(file, JSON.stringify(before));

    const restarted = await startTestSandbox({ dataDir: old });
    try {
      const bud = await budCaller(restarted);
      const customer = { id: TEST_CUSTOMER.customerId, secret: TEST_CUSTOMER.customerSecret };
      expect((await bud("/financial/v3/accounts", { customer })).body.data).toHaveLength(2);
    } finally {
      await restarted.close();
      await rm(old, { recursive: true, force: true });
    }
  });

  it("refuses to start on a corrupt snapshot, with a hint", async () => {
    const corrupt = await mkdtemp(path.join(tmpdir(), "sandbox-corrupt-"));
    await writeFile(path.join(corrupt, "state.json"), "{oops");
    await expect(startTestSandbox({ dataDir: corrupt })).rejects.toThrow(/sandbox:reset/);
    await rm(corrupt, { recursive: true, force: true });
  });
});
