/**
 * The stand-in against Bud's contract: the real server with the seeded world, one representative valid request
 * per implemented operation plus error cases, and every request and response validated against bud.json.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContractValidator } from "../contract/validate";
import { isBusinessDay } from "../data/bank-holidays";
import { isoDate } from "../data/calendar";
import { DEMO_CUSTOMERS } from "../data/index";
import { createApp } from "./app";
import { LOCAL_CLIENT, LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "./clients";
import type { ServerDeps } from "./context";
import { startSandbox, type RunningSandbox } from "./start";
import { connectJourney } from "./connect/testing";
import { basic } from "./test-support";

const validator = new ContractValidator();
const exercised = new Set<string>();
const [demoCustomer] = DEMO_CUSTOMERS;
if (!demoCustomer) throw new Error("the seeded world has no demo customer");
const demo = { "X-Customer-Id": demoCustomer.customerId, "X-Customer-Secret": demoCustomer.customerSecret };

let sandbox: RunningSandbox;
let token: string;
const PUBLIC_URL = "http://sandbox.budgie.test";

interface Call {
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  /** Leave out the bearer token. */
  anonymous?: boolean;
}

/** Sends one request, validating it and its response against the contract; returns status and parsed body. */
async function call(method: string, path: string, options: Call = {}) {
  const headers = new Headers({ "X-Client-Id": LOCAL_CLIENT_ID, ...options.headers });
  if (!options.anonymous && !headers.has("Authorization")) headers.set("Authorization", `Bearer ${token}`);
  if (options.json !== undefined) headers.set("Content-Type", "application/json");
  if (options.form) headers.set("Content-Type", "application/x-www-form-urlencoded");
  const requestProblems = validator.validateRequest({ method, url: path, headers, body: options.json ?? options.form });
  const response = await fetch(`${sandbox.url}${path}`, {
    method,
    headers,
    body: options.form ? new URLSearchParams(options.form) : options.json === undefined ? undefined : JSON.stringify(options.json),
  });
  const text = await response.text();
  const body: unknown = text === "" ? undefined : JSON.parse(text);
  const responseProblems = validator.validateResponse(method, path, { status: response.status, contentType: response.headers.get("content-type"), body });
  expect({ call: `${method} ${path} → ${response.status}`, requestProblems, responseProblems }).toEqual({
    call: `${method} ${path} → ${response.status}`,
    requestProblems: [],
    responseProblems: [],
  });
  const operation = validator.find(method, new URL(path, sandbox.url).pathname);
  if (operation && response.status < 300) exercised.add(`${operation.method} ${operation.template}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the contract has just validated the shape
  return { status: response.status, body: body as any };
}

beforeAll(async () => {
  // A public URL with a top-level domain: the gateway's `data.url` has format "url", which ajv reads strictly.
  // The client may reconfirm consents (a TSP client), so the reconfirm operation's 200 is exercised too.
  const client = { ...LOCAL_CLIENT, can_reconfirm: true };
  sandbox = await startSandbox({ port: 0, today: "2025-06-30", publicUrl: PUBLIC_URL, connectStepMs: 0, clients: [client] });
  const issued = await call("POST", "/v1/oauth/token", {
    anonymous: true,
    headers: { Authorization: basic(LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET) },
    form: { grant_type: "client_credentials" },
  });
  token = issued.body.data.access_token;
});
afterAll(() => sandbox.close());

describe("valid requests", () => {
  it("oauth refresh", async () => {
    const issued = await call("POST", "/v1/oauth/token", {
      anonymous: true,
      headers: { Authorization: basic(LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET) },
      form: { grant_type: "client_credentials" },
    });
    const refreshed = await call("POST", "/v1/oauth/token", {
      anonymous: true,
      form: { grant_type: "refresh_token", refresh_token: issued.body.data.refresh_token },
    });
    expect(refreshed.status).toBe(200);
  });

  it("customers", async () => {
    const body = {
      customer_context: { type: "personal", region: "GB", locale: "en-GB", models: { categorisation: "uk-v2" } },
      client_metadata: { idempotent_identifier: "contract-1" },
    };
    const created = await call("POST", "/platform/v3/customers", { json: body });
    expect((await call("POST", "/platform/v3/customers", { json: body })).status).toBe(200);
    const id = created.body.data.customer_id as string;
    expect((await call("GET", "/platform/v3/customers?page_size=1&date_from=2020-01-01")).body.metadata.next_page_token).toBeDefined();
    await call("GET", `/v1/customers/${id}/context`);
    await call("PUT", `/v1/customers/${id}/context`, { json: { region: "GB", locale: "en-GB", models: { categorisation: "uk-v2" } } });
    const deletion = await call("DELETE", `/platform/v3/customers/${id}`);
    await call("GET", deletion.body.metadata.next_url);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await call("GET", deletion.body.metadata.next_url)).body.metadata.status).toBe("Completed");
    const v1 = await call("POST", "/v1/customers", { json: { customer_context: { region: "GB", host_secret: false } } });
    expect((await call("DELETE", `/v1/customers/${v1.body.data.customer_id}`)).status).toBe(204);
  });

  it("providers and categories", async () => {
    await call("GET", "/v1/open-banking/providers?types=sandbox&region=GBR");
    await call("GET", "/resources/v2/categories");
    await call("GET", "/resources/v2/categories?format=map&label=essential&model=uk-v2");
    await call("GET", "/resources/v2/categories/models");
  });

  it("financial data", async () => {
    const accounts = await call("GET", "/financial/v3/accounts?include_all_balances=true", { headers: demo });
    const accountId = accounts.body.data[0].account_id as string;
    await call("GET", "/financial/v3/accounts?currency=GBP&account_type=current_account,savings", { headers: demo });
    await call("GET", `/financial/v3/accounts/${accountId}`, { headers: demo });
    await call("GET", "/financial/v3/accounts/transaction-dates", { headers: demo });
    await call("GET", "/financial/v3/balances?granularity=monthly", { headers: demo });
    await call("GET", `/financial/v3/accounts/${accountId}/balances?from=2025-01-01T00:00:00Z&to=2025-06-30T00:00:00Z&granularity=daily`, { headers: demo });
    const page = await call("GET", "/financial/v2/transactions?page_size=50&status=booked&status=pending", { headers: demo });
    expect(page.body.data).toHaveLength(50);
    const next = encodeURIComponent(page.body.metadata.next_page_token);
    await call("GET", `/financial/v2/transactions?page_size=50&status=booked&status=pending&page_token=${next}`, { headers: demo });
    await call("GET", `/financial/v2/transactions?account_id=${accountId}&date_from=2025-01-01&include_tags=regular-transaction`, { headers: demo });
  });

  it("financial data of a signed-up customer once banks are attached", async () => {
    const created = await call("POST", "/platform/v3/customers", { json: { client_metadata: { idempotent_identifier: "contract-connected" } } });
    const headers = { "X-Customer-Id": created.body.data.customer_id, "X-Customer-Secret": created.body.data.customer_secret };
    sandbox.connectBank(created.body.data.customer_id, "Monzo_Sandbox");
    sandbox.connectBank(created.body.data.customer_id, "Barclays_Sandbox");
    const accounts = await call("GET", "/financial/v3/accounts?include_all_balances=true", { headers });
    expect(accounts.body.data).toHaveLength(6);
    await call("GET", "/financial/v3/accounts/transaction-dates", { headers });
    await call("GET", "/financial/v3/balances?granularity=monthly", { headers });
    const page = await call("GET", "/financial/v2/transactions?page_size=200", { headers });
    expect(page.body.data).toHaveLength(200);
  });
});

describe("goals", () => {
  it("spending budgets", async () => {
    const created = await call("POST", "/goals/v1/spending-budgets", {
      headers: demo,
      json: {
        name: "Travel Budget",
        amount: { value: "300.00", currency: "GBP" },
        recurrency: { period: "monthly", starting_day: 1 },
        include: { categories: [{ l1: "transport" }], merchants: { slugs: ["uber"] } },
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.id as string;
    await call("GET", "/goals/v1/spending-budgets?day=2025-05-15T00:00:00Z", { headers: demo });
    await call("PATCH", `/goals/v1/spending-budgets/${id}`, { headers: demo, json: { amount: { value: "350.00" } } });
    await call("GET", `/goals/v1/spending-budgets/${id}/transactions?page_size=5`, { headers: demo });
    expect((await call("DELETE", `/goals/v1/spending-budgets/${id}`, { headers: demo })).status).toBe(204);
    await call("POST", "/goals/v1/spending-budgets", {
      headers: demo,
      json: { name: "Everything", amount: { value: "2000.00", currency: "GBP" }, recurrency: { period: "one-off" } },
    });
    expect((await call("DELETE", "/goals/v1/spending-budgets", { headers: demo })).status).toBe(204);
    const invalid = { name: "", amount: { value: "0", currency: "GBP" }, recurrency: { period: "monthly", starting_day: 31 } };
    expect((await call("POST", "/goals/v1/spending-budgets", { headers: demo, json: invalid })).status).toBe(400);
  });

  it("savings goals", async () => {
    const accounts = await call("GET", "/financial/v3/accounts", { headers: demo });
    const accountId = accounts.body.data[0].account_id as string;
    const body = { account_id: accountId, name: "Holiday Savings", target_amount: { value: "1000.00", currency: "GBP" }, allocation_ratio: 0.1 };
    const created = await call("POST", "/goals/v2/savings/goal", { headers: demo, json: { ...body, target_datetime: "2099-12-30T00:00:00Z" } });
    const id = created.body.data.id as string;
    await call("GET", "/goals/v2/savings/goals", { headers: demo });
    await call("GET", `/goals/v2/savings/goals/${id}`, { headers: demo });
    await call("PATCH", `/goals/v2/savings/goals/${id}`, { headers: demo, json: { target_datetime: null, allocation_ratio: 0.25 } });
    expect((await call("DELETE", `/goals/v2/savings/goals/${id}`, { headers: demo })).status).toBe(204);
    expect((await call("POST", "/goals/v2/savings/goal", { headers: demo, json: { ...body, allocation_ratio: 1.5 } })).status).toBe(400);
    expect((await call("DELETE", `/goals/v2/savings/goals/${id}`, { headers: demo })).status).toBe(404);
  });
});

describe("payments", () => {
  const recipient = { type: "SortCodeAccountNumber", name: "MR TEST RECIPIENT", account_number: "01234501234567" };
  const sender = { user_id: demoCustomer.idempotentIdentifier, name: "Alex Morgan" };
  /** Noon UTC on the first business day at least `days` ahead. */
  const soon = (days: number) => {
    let day = Math.floor(Date.now() / 86_400_000) + days;
    while (!isBusinessDay(day)) day++;
    return `${isoDate(day)}T12:00:00Z`;
  };
  const authorise = (id: string) =>
    fetch(`${sandbox.url}/__sandbox/payments/${id}/authorise`, { method: "POST", body: JSON.stringify({ outcome: "approved" }) });

  it("providers, bud-pay-url and status for each kind", async () => {
    await call("GET", "/v1/payments/providers?country=GBR&type=sandbox");
    const single = await call("POST", "/v1/payments/single/bud-pay-url", {
      json: { redirect_url: "https://budgie.test/back", provider: "Natwest_Sandbox", payment_details: { reference: "TEST", recipient, sender, amount: { value: "2.50", currency: "GBP" } } },
    });
    await call("GET", `/v1/payments/single/${single.body.data.payment_id}`);
    await authorise(single.body.data.payment_id);
    await call("GET", `/v1/payments/single/${single.body.data.payment_id}`);
    const order = await call("POST", "/v1/payments/standing-order/bud-pay-url", {
      json: {
        redirect_url: "https://budgie.test/back",
        provider: "Natwest_Sandbox",
        standing_order_details: { reference: "RENT", recipient, sender, recurring_amount: { value: "500.00", currency: "GBP" }, first_payment_date: soon(21), last_payment_date: soon(400), frequency: "monthly" },
      },
    });
    await call("GET", `/v1/payments/standing-order/${order.body.data.payment_id}`);
    const scheduled = await call("POST", "/v1/payments/scheduled/bud-pay-url", {
      json: {
        redirect_url: "https://budgie.test/back",
        provider: "Monzo_Sandbox",
        scheduled_payment_details: { reference: "GIFT", recipient, sender, amount: { value: "20.00", currency: "GBP" }, requested_execution_date: soon(3) },
      },
    });
    await call("GET", `/v1/payments/scheduled/${scheduled.body.data.payment_id}`);
    expect((await call("GET", "/v1/payments/single/00000000-0000-4000-8000-000000000000")).status).toBe(404);
  });
});

describe("Bud Connect", () => {
  it("gateway URL, the hosted journey and the connect task", async () => {
    const created = await call("POST", "/platform/v3/customers", { json: { client_metadata: { idempotent_identifier: "contract-connect" } } });
    const customer = { "X-Customer-Id": created.body.data.customer_id, "X-Customer-Secret": created.body.data.customer_secret };
    const gateway = await call("POST", "/v2/open-banking/authorisation-gateway-url", {
      headers: customer,
      json: { redirect_url: "https://budgie.test/back", providers: ["Natwest_Sandbox"], skip_success_screen: true, customer_email: "a@example.com" },
    });
    const back = await connectJourney(gateway.body.data.url.replace(PUBLIC_URL, sandbox.url)).post({ action: "approve" });
    const taskId = new URL(back.headers.get("location") ?? "").searchParams.get("task_id");
    const task = await call("GET", `/v1/open-banking/connect/${taskId}`, { headers: customer });
    expect(task.body.data.step).toBeGreaterThanOrEqual(1);
    const refresh = await call("POST", "/open-banking/v2/refresh", { headers: customer, json: { providers: ["Natwest_Sandbox"], resources: ["transactions"] } });
    await call("GET", `/open-banking/v2/refresh/${refresh.body.data.task_id}`, { headers: customer });
    expect((await call("GET", "/open-banking/v2/refresh/3f1b9f7e-0000-4000-8000-000000000000", { headers: customer })).status).toBe(400);
    await call("GET", "/v1/open-banking/account-access-consents?status=all", { headers: customer });
    await call("GET", "/v1/open-banking/account-access-consents?status=reconfirm_due", { headers: demo });
    const [consent] = (await call("GET", "/v1/open-banking/account-access-consents", { headers: demo })).body.data;
    expect((await call("POST", `/v1/open-banking/account-access-consents/${consent.id}/reconfirm`, { headers: demo })).body.data).toMatchObject({ reconnect_required: false });
    const revoke = await call("POST", "/v1/open-banking/account-access-consent/revoke", { headers: customer, json: { provider: "Natwest_Sandbox" } });
    await call("GET", `/v1/open-banking/account-access-consent/revoke/${revoke.body.data.task_id}`, { headers: customer });
    expect((await call("GET", "/v1/open-banking/account-access-consent/revoke/3f1b9f7e-0000-4000-8000-000000000000", { headers: customer })).status).toBe(400);
    await call("DELETE", "/v1/provider/Natwest_Sandbox", { headers: customer });
    const unknownBank = { redirect_url: "https://budgie.test/back", providers: ["Lloyds"] };
    expect((await call("POST", "/v2/open-banking/authorisation-gateway-url", { headers: customer, json: unknownBank })).status).toBe(400);
  });
});

describe("error responses", () => {
  it("401, 400 and 404 bodies conform too", async () => {
    expect((await call("POST", "/v1/oauth/token", { anonymous: true, form: { grant_type: "client_credentials" } })).status).toBe(400);
    const wrongSecret = { Authorization: basic(LOCAL_CLIENT_ID, "wrong") };
    const denied = await call("POST", "/v1/oauth/token", { anonymous: true, headers: wrongSecret, form: { grant_type: "client_credentials" } });
    expect(denied.status).toBe(401);
    expect((await call("GET", "/financial/v3/accounts", { headers: { ...demo, Authorization: "Bearer expired" } })).status).toBe(401);
    expect((await call("GET", "/financial/v3/accounts", { headers: { "X-Customer-Id": demoCustomer.customerId } })).status).toBe(400);
    expect((await call("GET", "/platform/v3/customers?page_token=forged")).status).toBe(400);
    expect((await call("GET", "/financial/v3/accounts/no-such-account/balances", { headers: demo })).status).toBe(404);
    expect((await call("GET", "/v1/customers/3f1b9f7e-0000-4000-8000-000000000000/context")).status).toBe(404);
    expect((await call("GET", "/resources/v2/categories?model=us-v9")).status).toBe(404);
  });
});

describe("coverage", () => {
  it("exercised every operation the stand-in implements", () => {
    const implemented = createApp({} as ServerDeps)
      .routes.map((route) => validator.find(route.method, route.path.replace(/:[^/]+/g, "x")))
      .flatMap((operation) => (operation ? [`${operation.method} ${operation.template}`] : []));
    expect(implemented.length).toBeGreaterThan(15);
    expect([...new Set(implemented)].filter((key) => !exercised.has(key))).toEqual([]);
  });
});
