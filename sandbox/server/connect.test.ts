/**
 * Bud Connect through the server with the seeded world: the gateway URL's validation, maintenance, the hosted
 * page's screens and answers, the return parameters, single use and expiry, and the connect task's outcome.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, type BudCaller, type CallOptions } from "./test-support";
import { connectJourney, type Customer } from "./connect/testing";

const REDIRECT = "https://budgie.test/api/connect/callback?state=abc";
let sandbox: RunningSandbox;
let bud: BudCaller;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, today: "2025-06-30", connectStepMs: 0 });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

let signUps = 0;
async function signUp(): Promise<Customer> {
  const created = await bud("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: `connect-${++signUps}` } } });
  return { id: created.body.data.customer_id, secret: created.body.data.customer_secret };
}

const gateway = (customer: Customer, body: Record<string, unknown>) =>
  bud("/v2/open-banking/authorisation-gateway-url", { method: "POST", customer, body: { redirect_url: REDIRECT, ...body } } satisfies CallOptions);

const control = (path: string, body: unknown) =>
  fetch(`${sandbox.url}/__sandbox${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("the authorisation gateway URL", () => {
  it("validates every option", async () => {
    const customer = await signUp();
    const missing = await bud("/v2/open-banking/authorisation-gateway-url", { method: "POST", customer, body: {} });
    expect([missing.status, Object.keys(missing.body.errors)]).toEqual([400, ["redirect_url"]]);
    const invalid = await gateway(customer, {
      redirect_url: `https://budgie.test/${"x".repeat(2083)}`,
      initial_screen: "somewhere",
      customer_email: "not an email",
      accounts_summary: "yes",
      provider_types: ["bank"],
    });
    expect(Object.keys(invalid.body.errors).sort()).toEqual(["accounts_summary", "customer_email", "initial_screen", "provider_types.0", "redirect_url"]);
    expect((await gateway(customer, { providers: ["Lloyds"] })).body.errors).toEqual({ providers: ["unknown provider Lloyds"] });
    expect((await gateway(customer, { provider_types: ["retail"] })).status).toBe(400);
    const created = await gateway(customer, {
      providers: null,
      provider_types: ["sandbox"],
      initial_screen: "connect_accounts",
      accounts_summary: true,
      connect_more_accounts_button: false,
      skip_success_screen: null,
      enable_async_connect: false,
      reconfirm_consent: false,
      reconfirm_consent_redirect: false,
      customer_email: "alex@example.com",
    });
    expect(created.status).toBe(201);
    expect(created.body.data.url).toMatch(/^http:\/\/localhost:\d+\/hosted\/connect\/[\w-]{32}$/);
  });

  it("is refused with 422 while a requested bank is in maintenance", async () => {
    const customer = await signUp();
    expect((await control("/providers/Monzo_Sandbox/maintenance", { on: true })).status).toBe(200);
    const refused = await gateway(customer, { providers: ["Monzo_Sandbox", "Natwest_Sandbox"] });
    expect([refused.status, refused.body.code_id, refused.body.errors]).toEqual([422, "provider_maintenance", { providers: ["Monzo_Sandbox"] }]);
    const listed = await bud("/v1/open-banking/providers");
    expect(listed.body.data.find((provider: { provider: string }) => provider.provider === "Monzo_Sandbox").maintenance_status).toBe("inactive");
    await control("/providers/Monzo_Sandbox/maintenance", { on: false });
    expect((await gateway(customer, { providers: ["Monzo_Sandbox"] })).status).toBe(201);
    expect((await control("/providers/Lloyds/maintenance", { on: true })).status).toBe(400);
  });
});

describe("the hosted Connect page", () => {
  it("connects the chosen bank, sends the customer back, and is single use", async () => {
    const customer = await signUp();
    const { url } = (await gateway(customer, { accounts_summary: true })).body.data;
    const journey = connectJourney(url);
    const choose = await journey.open();
    expect(choose.status).toBe(200);
    expect(choose.text).toContain("Choose the bank you want to connect");
    expect(choose.headers.get("content-security-policy")).toContain("form-action 'self' https://budgie.test");
    expect((await journey.post({ action: "choose", provider: "Barclays_Sandbox" })).status).toBe(303);
    expect((await journey.open()).text).toContain("Sign in to Barclays Sandbox");
    expect((await journey.post({ action: "approve", username: "alex", password: "x" })).status).toBe(303);
    const connected = await journey.open();
    expect(connected.text).toContain("Barclays Sandbox is connected");
    expect(connected.text).toContain("Accounts connected");
    const back = await journey.post({ action: "finish" });
    expect(back.status).toBe(303);
    const location = new URL(back.headers.get("location")!);
    expect(`${location.origin}${location.pathname}`).toBe("https://budgie.test/api/connect/callback");
    const params = Object.fromEntries(location.searchParams);
    expect(params).toEqual({ state: "abc", status: "success", task_id: expect.any(String), customer_id: customer.id });

    const task = await bud(`/v1/open-banking/connect/${params.task_id}`, { customer });
    expect(task.body).toMatchObject({
      data: { task_id: params.task_id, provider: "Barclays_Sandbox", step: 4, text: "Completed", status: "Completed", result: "success" },
      metadata: { status: "Completed" },
    });
    const accounts = (await bud("/financial/v3/accounts", { customer })).body.data;
    expect(accounts.length).toBeGreaterThan(0);

    const reused = await journey.open();
    expect([reused.status, reused.text.includes("already been used")]).toEqual([410, true]);
    expect((await journey.post({ action: "finish" })).status).toBe(410);

    // Connecting the same bank again renews it and never duplicates its accounts.
    const again = connectJourney((await gateway(customer, { providers: ["Barclays_Sandbox"], skip_success_screen: true })).body.data.url);
    expect((await again.open()).text).toContain("Sign in to Barclays Sandbox"); // one bank requested: no choice
    expect((await again.post({ action: "approve" })).headers.get("location")).toContain("status=success");
    expect((await bud("/financial/v3/accounts", { customer })).body.data).toHaveLength(accounts.length);
  });

  it("reports a denial, a cancellation and a bank failure through the task", async () => {
    const customer = await signUp();
    const outcome = async (body: Record<string, unknown>, answer: Record<string, string>) => {
      const journey = connectJourney((await gateway(customer, body)).body.data.url);
      const back = new URL((await journey.post(answer)).headers.get("location")!);
      const taskId = back.searchParams.get("task_id");
      const task = taskId ? (await bud(`/v1/open-banking/connect/${taskId}`, { customer })).body.data : undefined;
      return { status: back.searchParams.get("status"), error: back.searchParams.get("error"), task };
    };
    const denied = await outcome({ providers: ["Natwest_Sandbox"] }, { action: "deny" });
    expect(denied).toMatchObject({ status: "failure", error: "auth_denied", task: { status: "Failed", step: 1, result: "auth_denied" } });
    const cancelled = await outcome({ providers: ["Natwest_Sandbox"] }, { action: "cancel" });
    expect(cancelled).toMatchObject({ status: "failure", error: "awaiting_authorisation", task: { status: "Failed", result: "awaiting_authorisation" } });
    const left = await outcome({}, { action: "cancel" });
    expect(left).toEqual({ status: "failure", error: "awaiting_authorisation", task: undefined });

    sandbox.faults.add({ path: "/bank/Monzo_Sandbox/connect", status: 503, customerId: customer.id, times: 1 });
    const failing = await outcome({ providers: ["Monzo_Sandbox"], skip_success_screen: true }, { action: "approve" });
    expect(failing).toMatchObject({ status: "success", error: null, task: { status: "Failed", step: 2, result: "provider_unavailable" } });
    expect((await bud("/financial/v3/accounts", { customer })).body.data).toEqual([]);
  });

  it("shows Bud-like pages for unknown and expired links", async () => {
    const customer = await signUp();
    const unknown = await connectJourney(`${sandbox.url}/hosted/connect/nothing-here`).open();
    expect([unknown.status, unknown.text.includes("Link not found")]).toEqual([404, true]);
    const journey = connectJourney((await gateway(customer, {})).body.data.url);
    sandbox.clock.advance(1);
    const expired = await journey.open();
    expect([expired.status, expired.text.includes("has expired")]).toEqual([410, true]);
  });
});

describe("the connect task", () => {
  it("is found only for its own customer and needs a uuid", async () => {
    const [owner, other] = [await signUp(), await signUp()];
    const journey = connectJourney((await gateway(owner, { providers: ["Natwest_Sandbox"] })).body.data.url);
    const taskId = new URL((await journey.post({ action: "deny" })).headers.get("location")!).searchParams.get("task_id");
    expect((await bud(`/v1/open-banking/connect/${taskId}`, { customer: other })).status).toBe(404);
    expect((await bud("/v1/open-banking/connect/not-a-uuid", { customer: owner })).status).toBe(400);
  });
});
