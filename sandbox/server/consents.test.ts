/**
 * Consents through the server: the demo customer's consent story, the status filters, reconfirming (TSP clients
 * only), revoking (a task; the data stays), deleting a provider's data, and the hosted reconfirm/revoke screens.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMER } from "../data/demo-customers";
import { LOCAL_CLIENT } from "./clients";
import { connectJourney, type Customer } from "./connect/testing";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, send, type BudCaller } from "./test-support";

const TODAY = "2025-06-30";
const TSP_CLIENT = { client_id: "tsp-client", client_secrets: ["tsp-secret"], host_secrets: false, can_reconfirm: true };
const demo = { id: DEMO_CUSTOMER.customerId, secret: DEMO_CUSTOMER.customerSecret };
let sandbox: RunningSandbox;
let bud: BudCaller;
let tsp: BudCaller;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, today: TODAY, clients: [LOCAL_CLIENT, TSP_CLIENT], connectStepMs: 0 });
  [bud, tsp] = await Promise.all([budCaller(sandbox), budCaller(sandbox, TSP_CLIENT)]);
});
afterAll(() => sandbox.close());

let signUps = 0;
async function signUp(caller: BudCaller = bud, ...banks: { provider: string; consentExpiresInDays?: number }[]): Promise<Customer> {
  const created = await caller("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: `consents-${++signUps}` } } });
  const customer = { id: created.body.data.customer_id, secret: created.body.data.customer_secret };
  for (const bank of banks) {
    await send(`${sandbox.url}/__sandbox/customers/${customer.id}/connections`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(bank) });
  }
  return customer;
}

const consents = async (customer: Customer, status?: string, caller: BudCaller = bud) =>
  (await caller(`/v1/open-banking/account-access-consents${status ? `?status=${status}` : ""}`, { customer })).body.data as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any -- wire fields
const days = (iso: string) => Math.round((Date.parse(iso) - sandbox.clock.now()) / 86_400_000);

describe("the consents list", () => {
  it("tells the demo customer's story: one consent expires within a week, one has expired", async () => {
    const all = await consents(demo, "all");
    expect(all.map((consent) => [consent.provider, consent.status, days(consent.expiration_date)])).toEqual([
      ["Natwest_Sandbox", "authorised", 90],
      ["Barclays_Sandbox", "authorised", 5],
      ["Monzo_Sandbox", "authorised", -3],
    ]);
    expect(all[0]).toMatchObject({
      customer_id: demo.id,
      transaction_from_date: "2023-06-30T00:00:00Z",
      permissions: expect.arrayContaining(["ReadAccounts", "ReadTransactions"]),
      raw_format: "obie",
      raw: { Status: "Authorised" },
      account_ids: [expect.any(String)],
    });
    expect(days(all[1]!.last_consented_on)).toBe(5 - 90);
    expect((await consents(demo)).map((consent) => consent.provider)).toEqual(["Natwest_Sandbox", "Barclays_Sandbox"]);
    expect((await consents(demo, "active")).map((consent) => consent.provider)).toEqual(["Natwest_Sandbox", "Barclays_Sandbox"]);
    expect((await consents(demo, "reconfirm_due")).map((consent) => consent.provider)).toEqual(["Barclays_Sandbox"]);
    expect((await bud("/v1/open-banking/account-access-consents?status=expired", { customer: demo })).status).toBe(400);
  });
});

describe("reconfirming a consent", () => {
  it("fails for clients without their own AISP licence", async () => {
    const [consent] = await consents(demo, "reconfirm_due");
    const refused = await bud(`/v1/open-banking/account-access-consents/${consent!.id}/reconfirm`, { method: "POST", customer: demo });
    expect([refused.status, refused.body.code_id]).toEqual([400, "extension_not_permitted"]);
    expect(days((await consents(demo, "all"))[1]!.expiration_date)).toBe(5);
  });

  it("extends an unexpired consent to 90 days for a TSP client, and asks for a reconnection otherwise", async () => {
    const customer = await signUp(tsp, { provider: "Natwest_Sandbox", consentExpiresInDays: 3 }, { provider: "Monzo_Sandbox", consentExpiresInDays: -1 });
    const [expiring, expired] = await consents(customer, "all", tsp);
    const reconfirm = (id: string) => tsp(`/v1/open-banking/account-access-consents/${id}/reconfirm`, { method: "POST", customer });
    expect((await reconfirm(expiring!.id)).body.data).toEqual({ provider_id: "Natwest_Sandbox", reconnect_required: false });
    expect((await reconfirm(expired!.id)).body.data).toEqual({ provider_id: "Monzo_Sandbox", reconnect_required: true });
    expect((await consents(customer, "all", tsp)).map((consent) => days(consent.expiration_date))).toEqual([90, -1]);
    expect((await reconfirm("3f1b9f7e-0000-4000-8000-000000000000")).status).toBe(404);
  });
});

describe("revoking and deleting", () => {
  it("revokes a bank's consent through a task, keeping its data readable", async () => {
    const customer = await signUp(bud, { provider: "Natwest_Sandbox" }, { provider: "Barclays_Sandbox" });
    const accountsBefore = (await bud("/financial/v3/accounts", { customer })).body.data;
    const started = await bud("/v1/open-banking/account-access-consent/revoke", { method: "POST", customer, body: { provider: "Barclays_Sandbox" } });
    expect(started.status).toBe(202);
    expect(started.body.metadata).toMatchObject({ status: "Pending", next_url: `/v1/open-banking/account-access-consent/revoke/${started.body.data.task_id}` });
    const [natwest, barclays] = await consents(customer, "all");
    expect([natwest!.status, barclays!.status, barclays!.revoke_reason, barclays!.raw.Status]).toEqual(["authorised", "revoked", "bud_revoked", "Revoked"]);
    expect((await consents(customer)).map((consent) => consent.provider)).toEqual(["Natwest_Sandbox"]);
    expect((await bud("/financial/v3/accounts", { customer })).body.data).toEqual(accountsBefore);

    await new Promise((resolve) => setTimeout(resolve, 250));
    const done = await bud(`/v1/open-banking/account-access-consent/revoke/${started.body.data.task_id}`, { customer });
    expect(done.body).toMatchObject({ data: { provider: "Barclays_Sandbox", status: "Completed", result: "success" }, metadata: { status: "Completed" } });

    const nothing = await bud("/v1/open-banking/account-access-consent/revoke", { method: "POST", customer, body: { provider: "Monzo_Sandbox" } });
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await bud(`/v1/open-banking/account-access-consent/revoke/${nothing.body.data.task_id}`, { customer })).body.data).toMatchObject({ status: "Failed", result: "connection_not_found" });
    expect((await bud("/v1/open-banking/account-access-consent/revoke", { method: "POST", customer, body: { provider: "Lloyds" } })).status).toBe(400);
    const other = await signUp();
    expect((await bud(`/v1/open-banking/account-access-consent/revoke/${started.body.data.task_id}`, { customer: other })).status).toBe(400);
  });

  it("deletes a bank's accounts and transactions, and its consent", async () => {
    const customer = await signUp(bud, { provider: "Natwest_Sandbox" }, { provider: "Monzo_Sandbox" });
    const deleted = await bud("/v1/provider/Monzo_Sandbox", { method: "DELETE", customer });
    expect([deleted.status, deleted.body]).toEqual([204, undefined]);
    const providers = (await bud("/financial/v3/accounts", { customer })).body.data.map((account: { provider: string }) => account.provider);
    expect(new Set(providers)).toEqual(new Set(["Natwest_Sandbox"]));
    expect((await consents(customer, "all")).map((consent) => consent.provider)).toEqual(["Natwest_Sandbox"]);
    expect((await bud("/v1/provider/Monzo_Sandbox", { method: "DELETE", customer })).status).toBe(204);
    expect((await bud("/v1/provider/Lloyds", { method: "DELETE", customer })).status).toBe(400);
  });
});

describe("the hosted reconfirm, revoke and summary screens", () => {
  const gateway = async (customer: Customer, body: Record<string, unknown>) =>
    connectJourney((await bud("/v2/open-banking/authorisation-gateway-url", { method: "POST", customer, body: { redirect_url: "https://budgie.test/back", ...body } })).body.data.url);

  it("reconfirm extends a consent and revoke withdraws one, whatever the client's licence", async () => {
    const customer = await signUp(bud, { provider: "Natwest_Sandbox", consentExpiresInDays: 4 }, { provider: "Barclays_Sandbox", consentExpiresInDays: -2 });
    const [natwest, barclays] = await consents(customer, "all");
    const reconfirm = await gateway(customer, { initial_screen: "reconfirm_consent" });
    const page = await reconfirm.open();
    expect(page.text).toContain("Keep sharing your data");
    expect(page.text).toContain("Access ended on 28 June 2025");
    const back = await reconfirm.post({ action: "reconfirm", consent: natwest!.id });
    expect(Object.fromEntries(new URL(back.headers.get("location")!).searchParams)).toEqual({ status: "success", customer_id: customer.id });
    // The deprecated flag opens the same screen; an expired consent is authorised again there.
    const deprecated = await gateway(customer, { reconfirm_consent: true, providers: ["Barclays_Sandbox"] });
    await deprecated.post({ action: "reconfirm", consent: barclays!.id });
    expect((await consents(customer, "all")).map((consent) => days(consent.expiration_date))).toEqual([90, 90]);

    const revoke = await gateway(customer, { initial_screen: "revoke_consent" });
    expect((await revoke.open()).text).toContain("Stop sharing your data");
    expect((await revoke.post({ action: "revoke", consent: barclays!.id })).headers.get("location")).toContain("status=success");
    expect((await consents(customer, "all")).map((consent) => consent.status)).toEqual(["authorised", "revoked"]);
    const cancelled = await gateway(customer, { initial_screen: "revoke_consent" });
    expect((await cancelled.post({ action: "cancel" })).headers.get("location")).toContain("status=failure");
  });

  it("the summary lists the connected banks and leads on to connecting another", async () => {
    const customer = await signUp(bud, { provider: "Natwest_Sandbox" });
    const journey = await gateway(customer, { initial_screen: "accounts_summary" });
    const summary = await journey.open();
    expect(summary.text).toContain("Your connected banks");
    expect(summary.text).toMatch(/\d+ accounts/);
    expect((await journey.post({ action: "connect" })).status).toBe(303);
    expect((await journey.open()).text).toContain("Choose the bank you want to connect");
  });
});
