/**
 * Refresh v2 through the server with the seeded world: the days since the last refresh arrive, the same refresh
 * within the hour is the same task, a failing bank fails the main task while the others update, and revoked or
 * expired consents ask for a reconnection.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpWithBanks, type BankAttachment, type Customer } from "./connect/testing";
import { wireRefreshTask } from "./connect/refresh-wire";
import { startSandbox, type RunningSandbox } from "./start";
import type { StoredRefreshTask } from "./store/state";
import { budCaller, type BudCaller } from "./test-support";

let sandbox: RunningSandbox;
let bud: BudCaller;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, today: "2025-06-30", connectStepMs: 0 });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

/**
 * A generated customer can go a few days without a transaction (about 1 in 600 had none in 4 days), but every
 * month brings their salary and rent: refreshes that must find new transactions let a month and more pass.
 */
const A_MONTH_AND_MORE = 35;

const signUp = (...banks: BankAttachment[]) => signUpWithBanks(sandbox, bud, banks);

async function refresh(customer: Customer, body: Record<string, unknown> = {}) {
  const started = await bud("/open-banking/v2/refresh", { method: "POST", customer, body });
  expect(started.status).toBe(202);
  const read = await bud(started.body.metadata.next_url, { customer });
  return { started: started.body, task: read.body };
}

const latestDate = async (customer: Customer) => (await bud("/financial/v2/transactions?page_size=1", { customer })).body.data[0].date_time.slice(0, 10) as string;

describe("refresh v2", () => {
  it("adds the transactions dated since the last refresh, and returns the same task within the hour", async () => {
    const customer = await signUp({ provider: "Natwest_Sandbox" }, { provider: "Monzo_Sandbox" });
    const before = await latestDate(customer);
    const sameDay = await refresh(customer);
    expect(sameDay.started.data.sub_tasks.map((subTask: { provider: string }) => subTask.provider)).toEqual(["Monzo_Sandbox", "Natwest_Sandbox"]);
    expect(sameDay.task).toMatchObject({ data: { status: "Completed", result: "success", has_new_transactions: false }, metadata: { status: "Completed" } });
    expect((await refresh(customer)).started.data.task_id).toBe(sameDay.started.data.task_id);

    sandbox.clock.advance(A_MONTH_AND_MORE);
    const later = await refresh(customer);
    expect(later.started.data.task_id).not.toBe(sameDay.started.data.task_id);
    expect(later.task.data).toMatchObject({ status: "Completed", has_new_transactions: true });
    expect(later.task.data.sub_tasks.map((subTask: { has_new_transactions: boolean; reconnect_required: boolean }) => [subTask.has_new_transactions, subTask.reconnect_required])).toEqual([
      [true, false],
      [true, false],
    ]);
    expect(await latestDate(customer) > before).toBe(true);
  });

  it("fails the main task when one bank fails, while the other still updates", async () => {
    const customer = await signUp({ provider: "Natwest_Sandbox" }, { provider: "Barclays_Sandbox" });
    sandbox.faults.add({ path: "/bank/Barclays_Sandbox/refresh", status: 500, customerId: customer.id, times: 1 });
    sandbox.clock.advance(A_MONTH_AND_MORE);
    const { task } = await refresh(customer);
    expect(task.data).toMatchObject({ status: "Failed", result: "provider_failure", has_new_transactions: true });
    expect(task.data.sub_tasks).toEqual([
      expect.objectContaining({ provider: "Barclays_Sandbox", status: "Failed", result: "provider_failure", reconnect_required: false, has_new_transactions: false }),
      expect.objectContaining({ provider: "Natwest_Sandbox", status: "Completed", result: "success", has_new_transactions: true }),
    ]);
    const { connections } = await (await fetch(`${sandbox.url}/__sandbox/customers/${customer.id}/connections`)).json();
    const through = Object.fromEntries(connections.map((connection: { provider: string; last_refreshed_at: string }) => [connection.provider, connection.last_refreshed_at.slice(0, 10)]));
    expect(through.Natwest_Sandbox > through.Barclays_Sandbox).toBe(true);
  });

  it("asks for a reconnection for revoked and expired consents, and then counts the expired one revoked", async () => {
    const customer = await signUp({ provider: "Natwest_Sandbox" }, { provider: "Monzo_Sandbox", consentExpiresInDays: -1 }, { provider: "Barclays_Sandbox" });
    await bud("/v1/open-banking/account-access-consent/revoke", { method: "POST", customer, body: { provider: "Barclays_Sandbox" } });
    const { task } = await refresh(customer, { providers: ["Barclays_Sandbox", "Monzo_Sandbox"] });
    expect(task.data.sub_tasks.map((subTask: { result: string; reconnect_required: boolean }) => [subTask.result, subTask.reconnect_required])).toEqual([
      ["connection_revoked", true],
      ["connection_expired", true],
    ]);
    const consents = (await bud("/v1/open-banking/account-access-consents?status=all", { customer })).body.data;
    expect(consents.map((consent: { status: string }) => consent.status)).toEqual(["authorised", "revoked", "revoked"]);
    // Without `providers`: every bank with an authorised consent.
    expect((await refresh(customer)).started.data.sub_tasks.map((subTask: { provider: string }) => subTask.provider)).toEqual(["Natwest_Sandbox"]);
  });

  it("validates its body and refuses unknown tasks", async () => {
    const customer = await signUp({ provider: "Natwest_Sandbox" });
    expect((await bud("/open-banking/v2/refresh", { method: "POST", customer, body: { providers: ["Lloyds"] } })).status).toBe(400);
    expect((await bud("/open-banking/v2/refresh", { method: "POST", customer, body: { resources: ["everything"], from: "yesterday" } })).body.errors).toEqual({
      "resources.0": [expect.any(String)],
      from: [expect.any(String)],
    });
    expect((await bud("/open-banking/v2/refresh", { method: "POST", customer: await signUp(), body: {} })).status).toBe(400);
    expect((await bud("/open-banking/v2/refresh/3f1b9f7e-0000-4000-8000-000000000000", { customer })).body.code_id).toBe("task_not_found");
  });

  it("reports Pending until the task's moment", () => {
    const task: StoredRefreshTask = {
      task_id: "t",
      client_id: "c",
      customer_id: "u",
      providers: ["Natwest_Sandbox"],
      created_at: 0,
      completes_at: 800,
      window: { from: "2025-06-30T00:00:00Z", to: "2025-06-30T12:00:00Z" },
      sub_tasks: [{ task_id: "s", provider: "Natwest_Sandbox", status: "Completed", result: "success", reconnect_required: false, has_new_transactions: true, account_ids: [], consent_ids: [] }],
      announced: false,
    };
    expect(wireRefreshTask(task, 799)).toEqual({ task_id: "t", status: "Pending", sub_tasks: [{ task_id: "s", provider: "Natwest_Sandbox", status: "Pending" }] });
    expect(wireRefreshTask(task, 800)).toMatchObject({ status: "Completed", has_new_transactions: true });
  });
});
