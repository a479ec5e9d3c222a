/**
 * The connections seam and the clock through the server: banks attached with the control API become the
 * customer's data, the clock moves forward only, and what was attached and moved survives a restart.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_CLIENT_ID } from "./clients";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, send, type BudCaller } from "./test-support";

const TODAY = "2025-06-30";
let sandbox: RunningSandbox;
let bud: BudCaller;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "sandbox-connections-"));
  sandbox = await startSandbox({ port: 0, today: TODAY, dataDir, publicUrl: "http://localhost:4010" });
  bud = await budCaller(sandbox);
});
afterAll(async () => {
  await sandbox.close();
  await rm(dataDir, { recursive: true, force: true });
});

const control = (path: string, init: { method?: string; body?: unknown } = {}) =>
  send(`${sandbox.url}/__sandbox${path}`, {
    method: init.method ?? "GET",
    ...(init.body !== undefined && { headers: { "content-type": "application/json" }, body: JSON.stringify(init.body) }),
  });

async function signUp(identifier: string) {
  const created = await bud("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: identifier } } });
  return { id: created.body.data.customer_id as string, secret: created.body.data.customer_secret as string };
}

describe("attaching a bank", () => {
  it("gives a signed-up customer that bank's accounts and history, once however often it is attached", async () => {
    const customer = await signUp("user-attach");
    expect((await bud("/financial/v3/accounts", { customer })).body.data).toEqual([]);

    const found = await control("/customers?idempotent_identifier=user-attach");
    expect(found.body.customers).toEqual([expect.objectContaining({ customer_id: customer.id, client_id: LOCAL_CLIENT_ID })]);

    const attached = await control(`/customers/${customer.id}/connections`, { method: "POST", body: { provider: "Barclays_Sandbox" } });
    expect(attached.status).toBe(201);
    expect(attached.body.connection).toMatchObject({
      customer_id: customer.id,
      provider: "Barclays_Sandbox",
      status: "active",
      history_from: "2023-06-30",
      first_synced_on: TODAY,
      consent_expires_at: expect.stringMatching(/^2025-09-28T/),
    });
    const accounts = (await bud("/financial/v3/accounts", { customer })).body.data;
    expect(accounts.map((a: { provider: string }) => a.provider)).toEqual(["Barclays_Sandbox", "Barclays_Sandbox", "Barclays_Sandbox"]);
    const page = await bud("/financial/v2/transactions?page_size=5", { customer });
    expect(page.body.data).toHaveLength(5);
    expect(page.body.data[0].date_time < `${TODAY}T00:00:00Z`).toBe(true);

    const again = await control(`/customers/${customer.id}/connections`, { method: "POST", body: { provider: "Barclays_Sandbox" } });
    expect([again.status, again.body.connection.consent_id]).toEqual([200, attached.body.connection.consent_id]);
    expect((await bud("/financial/v3/accounts", { customer })).body.data).toHaveLength(3);
    expect((await control(`/customers/${customer.id}/connections`)).body.connections).toHaveLength(1);
  });

  it("refuses unknown providers and customers", async () => {
    const customer = await signUp("user-refused");
    const unknownBank = await control(`/customers/${customer.id}/connections`, { method: "POST", body: { provider: "Lloyds" } });
    expect([unknownBank.status, unknownBank.body.errors]).toEqual([400, { provider: ["must be one of [Natwest_Sandbox Barclays_Sandbox Monzo_Sandbox]"] }]);
    const nobody = await control("/customers/3f1b9f7e-0000-4000-8000-000000000000/connections", { method: "POST", body: { provider: "Monzo_Sandbox" } });
    expect(nobody.status).toBe(404);
    expect((await control("/customers?idempotent_identifier=nobody")).body.customers).toEqual([]);
  });
});

describe("the clock", () => {
  it("starts at SANDBOX_TODAY and moves forward only", async () => {
    expect((await control("/clock")).body.today).toBe(sandbox.clock.today());
    const before = sandbox.clock.today();
    const moved = await control("/clock", { method: "POST", body: { advanceDays: 2 } });
    expect(moved.body.today > before).toBe(true);
    const back = await control("/clock", { method: "POST", body: { today: before } });
    expect([back.status, back.body.errors.clock[0]]).toEqual([400, expect.stringContaining("only moves forward")]);
    expect((await control("/clock", { method: "POST", body: { advanceDays: -1 } })).status).toBe(400);
    expect((await control("/clock", { method: "POST", body: { today: "2025-02-30" } })).status).toBe(400);
  });

  it("dates what happens next: a new connection's history, a customer's creation, a deletion's progress", async () => {
    await control("/clock", { method: "POST", body: { today: "2025-07-10" } });
    const customer = await signUp("user-later");
    const listed = await bud("/platform/v3/customers?idempotent_identifier=user-later");
    expect(listed.body.data[0].created_at).toMatch(/^2025-07-10T/);
    const attached = await control(`/customers/${customer.id}/connections`, { method: "POST", body: { provider: "Monzo_Sandbox" } });
    expect(attached.body.connection.first_synced_on).toBe("2025-07-10");
    const [latest] = (await bud("/financial/v2/transactions?page_size=1", { customer })).body.data;
    // History ends the day before the first sync. Which day is the newest with a transaction depends on this
    // customer's random data, and a quiet customer can go days without one, but never a month without salary.
    expect(latest.date_time.slice(0, 10)).toSatisfy((day: string) => day <= "2025-07-09" && day >= "2025-06-09");

    // Data already fetched does not grow with the clock: only a (later) refresh or a new attach brings it on.
    await control("/clock", { method: "POST", body: { advanceDays: 35 } });
    expect((await bud("/financial/v2/transactions?page_size=1", { customer })).body.data[0]).toEqual(latest);
    await control(`/customers/${customer.id}/connections`, { method: "POST", body: { provider: "Monzo_Sandbox" } });
    const renewed = (await bud("/financial/v2/transactions?page_size=1", { customer })).body.data[0].date_time.slice(0, 10);
    expect(renewed).toSatisfy((day: string) => day <= "2025-08-13" && day > "2025-07-09");

    const deletion = await bud(`/platform/v3/customers/${customer.id}`, { method: "DELETE" });
    sandbox.clock.advance(1);
    expect((await bud(deletion.body.metadata.next_url)).body.metadata.status).toBe("Completed");
    expect((await control(`/customers/${customer.id}/connections`)).status).toBe(404);
  });
});

describe("after a restart", () => {
  it("keeps connections and the clock's moves", async () => {
    const customer = await signUp("user-restart");
    sandbox.connectBank(customer.id, "Natwest_Sandbox");
    const today = sandbox.clock.today();
    const accounts = (await bud("/financial/v3/accounts", { customer })).body.data;
    await sandbox.close();
    sandbox = await startSandbox({ port: 0, today: TODAY, dataDir, publicUrl: "http://localhost:4010" });
    bud = await budCaller(sandbox);
    expect(sandbox.clock.today()).toBe(today);
    expect((await bud("/financial/v3/accounts", { customer })).body.data).toEqual(accounts);
  });
});
