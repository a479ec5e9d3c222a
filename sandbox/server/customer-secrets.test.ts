import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_CLIENT } from "./clients";
import type { RunningSandbox } from "./start";
import { GENERIC_401, GENERIC_404, budCaller, startTestSandbox, type BudCaller } from "./test-support";
import { TEST_CUSTOMER } from "./test-world";

const HOSTING_CLIENT = { client_id: "hosting-client", client_secrets: ["hosting-secret"], host_secrets: true };
const demo = { id: TEST_CUSTOMER.customerId, secret: TEST_CUSTOMER.customerSecret };

let sandbox: RunningSandbox;
let bud: BudCaller;
let hosting: BudCaller;
beforeAll(async () => {
  sandbox = await startTestSandbox({ clients: [LOCAL_CLIENT, HOSTING_CLIENT] });
  bud = await budCaller(sandbox);
  hosting = await budCaller(sandbox, HOSTING_CLIENT);
});
afterAll(() => sandbox.close());

describe("customers whose secret the client keeps (host_secrets: false)", () => {
  it("serves data only with the matching X-Customer-Secret", async () => {
    const ok = await bud("/financial/v3/accounts", { customer: demo });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toHaveLength(2);

    const missing = await bud("/financial/v3/accounts", { customer: { id: demo.id } });
    expect([missing.status, missing.body]).toEqual([
      400,
      {
        operation_id: "financial_v3_accounts_get",
        code_id: "failed_validation",
        message: "Invalid request payload.",
        errors: { "X-Customer-Secret": ["not present"] },
      },
    ]);
    const wrong = await bud("/financial/v3/accounts", { customer: { id: demo.id, secret: "0".repeat(32) } });
    expect([wrong.status, wrong.body]).toEqual([401, GENERIC_401]);
  });

  it("requires the customer headers on customer-scoped operations", async () => {
    const none = await bud("/financial/v2/transactions");
    expect([none.status, none.body.errors]).toEqual([400, { "X-Customer-Id": ["not present"], "X-Customer-Secret": ["not present"] }]);
    const notUuid = await bud("/financial/v2/transactions", { customer: { id: "nope", secret: demo.secret } });
    expect(notUuid.status).toBe(400);
    const unknown = await bud("/financial/v2/transactions", { customer: { id: "3f1b9f7e-0000-4000-8000-000000000000", secret: demo.secret } });
    expect([unknown.status, unknown.body]).toEqual([404, GENERIC_404]);
  });

  it("accepts X-Customer-Idempotent-Identifier in place of X-Customer-Id", async () => {
    const response = await bud("/financial/v3/accounts", {
      headers: { "X-Customer-Idempotent-Identifier": TEST_CUSTOMER.idempotentIdentifier, "X-Customer-Secret": demo.secret },
    });
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(2);
  });

  it("gives a created customer's secret once and checks it; API customers have no data yet", async () => {
    const created = await bud("/platform/v3/customers", { method: "POST", body: {} });
    const customer = { id: created.body.data.customer_id, secret: created.body.data.customer_secret };
    const accounts = await bud("/financial/v3/accounts", { customer });
    expect([accounts.status, accounts.body.data]).toEqual([200, []]);
    expect((await bud("/financial/v3/accounts", { customer: { ...customer, secret: demo.secret } })).status).toBe(401);
  });

  it("keeps one client's customers from another", async () => {
    const response = await hosting("/financial/v3/accounts", { customer: demo });
    expect([response.status, response.body]).toEqual([404, GENERIC_404]);
  });

  it("honours customer_context.host_secret on POST /v1/customers", async () => {
    const created = await bud("/v1/customers", { method: "POST", body: { customer_context: { host_secret: true } } });
    expect(created.body.data.customer_context.host_secret).toBe(true);
    expect((await bud("/financial/v3/accounts", { customer: { id: created.body.data.customer_id } })).status).toBe(200);
  });
});

describe("customers whose secret Bud hosts (host_secrets: true)", () => {
  it("returns no secret and needs none; a sent secret is ignored", async () => {
    const created = await hosting("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: "hosted-1" } } });
    expect(created.status).toBe(201);
    expect(created.body.data).not.toHaveProperty("customer_secret");
    expect(created.body.data.customer_context.host_secret).toBe(true);
    const id = created.body.data.customer_id as string;
    expect((await hosting("/financial/v3/accounts", { customer: { id } })).status).toBe(200);
    expect((await hosting("/financial/v3/accounts", { customer: { id, secret: "anything" } })).status).toBe(200);
  });

  it("seeds the demo customers under the first configured client only", async () => {
    const hostedFirst = await startTestSandbox({ clients: [HOSTING_CLIENT] });
    try {
      const caller = await budCaller(hostedFirst, HOSTING_CLIENT);
      const response = await caller("/financial/v3/accounts", { customer: { id: demo.id } });
      expect([response.status, response.body.data.length]).toEqual([200, 2]);
    } finally {
      await hostedFirst.close();
    }
  });
});
