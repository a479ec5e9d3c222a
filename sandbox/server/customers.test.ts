import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_CLIENT } from "./clients";
import type { RunningSandbox } from "./start";
import { GENERIC_404, budCaller, startTestSandbox, type BudCaller } from "./test-support";
import { TEST_CUSTOMER } from "./test-world";

const OTHER_CLIENT = { client_id: "other-client", client_secrets: ["other-secret"], host_secrets: false };

let sandbox: RunningSandbox;
let bud: BudCaller;
let other: BudCaller;
beforeAll(async () => {
  sandbox = await startTestSandbox({ clients: [LOCAL_CLIENT, OTHER_CLIENT] });
  bud = await budCaller(sandbox);
  other = await budCaller(sandbox, OTHER_CLIENT);
});
afterAll(() => sandbox.close());

const create = (body?: unknown, caller = bud) => caller("/platform/v3/customers", { method: "POST", body });

describe("POST /platform/v3/customers", () => {
  it("creates a customer with a one-time secret (201), then returns it without one for the same identifier (200)", async () => {
    const first = await create({ client_metadata: { idempotent_identifier: "user-1" } });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({
      operation_id: "platform_v3_customers_post",
      data: {
        customer_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        customer_secret: expect.stringMatching(/^[0-9a-f]{32}$/),
        customer_context: { type: "personal", region: "GB", locale: "en-GB", models: { categorisation: "uk-v2" }, host_secret: false },
        client_metadata: { idempotent_identifier: "user-1" },
      },
      metadata: { created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/) },
    });
    const replay = await create({ client_metadata: { idempotent_identifier: "user-1" } });
    expect(replay.status).toBe(200);
    expect(replay.body.data.customer_id).toBe(first.body.data.customer_id);
    expect(replay.body.data).not.toHaveProperty("customer_secret");
    // Identifiers are per client.
    expect((await create({ client_metadata: { idempotent_identifier: "user-1" } }, other)).status).toBe(201);
  });

  it("creates without a body, keeps a given context, and rejects malformed JSON and bad fields", async () => {
    expect((await create()).status).toBe(201);
    const business = await create({ customer_context: { type: "business", region: "IE" } });
    expect(business.body.data.customer_context).toMatchObject({ type: "business", region: "IE", locale: "en-GB" });
    const malformed = await create("{not json");
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({
      operation_id: "platform_v3_customers_post",
      code_id: "failed_body_decode",
      errors: { decode_error: expect.any(String) },
    });
    const invalid = await create({ customer_context: { type: "robot" } });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ code_id: "failed_validation", errors: { "customer_context.type": [expect.any(String)] } });
  });
});

describe("GET /platform/v3/customers", () => {
  it("pages through the client's customers in id order with opaque tokens", async () => {
    for (let i = 0; i < 4; i += 1) await create(undefined, other);
    const ids: string[] = [];
    let token: string | undefined;
    do {
      const page = await other(`/platform/v3/customers?page_size=2${token ? `&page_token=${token}` : ""}`);
      expect(page.status).toBe(200);
      expect(page.body.metadata.results).toBe(page.body.data.length);
      ids.push(...page.body.data.map((item: { customer_id: string }) => item.customer_id));
      token = page.body.metadata.next_page_token;
    } while (token);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(TEST_CUSTOMER.customerId);
  });

  it("filters by idempotent_identifier and creation date", async () => {
    const byIdentifier = await bud(`/platform/v3/customers?idempotent_identifier=${TEST_CUSTOMER.idempotentIdentifier}`);
    expect(byIdentifier.body.data).toEqual([
      { customer_id: TEST_CUSTOMER.customerId, created_at: "2024-01-01T09:00:00Z", idempotent_identifier: TEST_CUSTOMER.idempotentIdentifier },
    ]);
    // Customers created here are dated by the stand-in clock, which starts on the test world's today (2024-06-30).
    const beforeToday = await bud("/platform/v3/customers?date_to=2024-06-29");
    expect(beforeToday.body.data.map((item: { customer_id: string }) => item.customer_id)).toEqual([TEST_CUSTOMER.customerId]);
    const since = await bud("/platform/v3/customers?date_from=2024-01-02T00:00:00Z");
    expect(since.body.data.map((item: { customer_id: string }) => item.customer_id)).not.toContain(TEST_CUSTOMER.customerId);
  });

  it("rejects a token it did not issue and an out-of-range page_size", async () => {
    const badToken = await bud("/platform/v3/customers?page_token=garbage");
    expect([badToken.status, badToken.body]).toEqual([
      400,
      {
        operation_id: "platform_v3_customers_get",
        code_id: "bad_request",
        message: "invalid page token",
        errors: { page_token: ["Failed to parse page token"] },
      },
    ]);
    for (const size of ["0", "1001", "ten"]) {
      const response = await bud(`/platform/v3/customers?page_size=${size}`);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code_id: "failed_validation", errors: { page_size: [expect.any(String)] } });
    }
  });
});

describe("removing customers", () => {
  it("runs Remove Customer V3 as a task that goes Pending → Completed, after which the customer is gone", async () => {
    const { body } = await create({ client_metadata: { idempotent_identifier: "to-delete" } });
    const customerId = body.data.customer_id as string;
    const accepted = await bud(`/platform/v3/customers/${customerId}`, { method: "DELETE" });
    expect(accepted.status).toBe(202);
    const taskId = accepted.body.data.task_id as string;
    expect(accepted.body).toEqual({
      operation_id: "platform_v3_customers_delete",
      data: { task_id: taskId },
      metadata: { status: "Pending", next_url: `/platform/v3/customers/${customerId}/${taskId}`, next_url_delay: 50 },
    });
    const pending = await bud(accepted.body.metadata.next_url);
    expect(pending.body.metadata.status).toBe("Pending");
    await new Promise((resolve) => setTimeout(resolve, 250));
    const done = await bud(accepted.body.metadata.next_url);
    expect(done.body).toEqual({
      operation_id: "platform_v3_customers_delete_status",
      data: { task_id: taskId, result: "success" },
      metadata: { status: "Completed" },
    });
    expect((await bud(`/v1/customers/${customerId}/context`)).status).toBe(404);
    // The identifier is free again.
    expect((await create({ client_metadata: { idempotent_identifier: "to-delete" } })).status).toBe(201);
  });

  it("answers 404 for unknown customers and tasks, and for another client's customer", async () => {
    const unknown = await bud("/platform/v3/customers/3f1b9f7e-0000-4000-8000-000000000000", { method: "DELETE" });
    expect([unknown.status, unknown.body]).toEqual([404, GENERIC_404]);
    const task = await bud(`/platform/v3/customers/${TEST_CUSTOMER.customerId}/3f1b9f7e-0000-4000-8000-000000000000`);
    expect(task.status).toBe(404);
    expect((await other(`/platform/v3/customers/${TEST_CUSTOMER.customerId}`, { method: "DELETE" })).status).toBe(404);
  });

  it("deletes synchronously with the deprecated DELETE /v1/customers/{id}", async () => {
    const { body } = await create();
    expect((await bud(`/v1/customers/${body.data.customer_id}`, { method: "DELETE" })).status).toBe(204);
    expect((await bud(`/v1/customers/${body.data.customer_id}`, { method: "DELETE" })).status).toBe(404);
  });
});

describe("v1 customers and context", () => {
  it("creates with POST /v1/customers, always returning the secret", async () => {
    const response = await bud("/v1/customers", { method: "POST", body: { customer_context: { locale: "en-IE" } } });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      operation_id: "customers_create",
      data: { customer_secret: expect.stringMatching(/^[0-9a-f]{32}$/), customer_context: { locale: "en-IE", host_secret: false } },
    });
  });

  it("reads the context and overwrites it with PUT (unspecified fields become empty)", async () => {
    const { body } = await create({ customer_context: { type: "personal", region: "GB", locale: "en-GB" } });
    const path = `/v1/customers/${body.data.customer_id}/context`;
    expect((await bud(path)).body).toEqual({
      operation_id: "v1_customer_context_get",
      data: { type: "personal", region: "GB", locale: "en-GB", models: { categorisation: "uk-v2" }, host_secret: false },
    });
    const put = await bud(path, { method: "PUT", body: { locale: "cy-GB" } });
    expect(put.body).toEqual({ operation_id: "v1_customer_context_put", data: { region: "", locale: "cy-GB", models: {} } });
    expect((await bud(path)).body.data).toEqual({ type: "personal", region: "", locale: "cy-GB", models: {}, host_secret: false });
    expect((await bud(path, { method: "PUT" })).status).toBe(400);
    expect((await other(path)).status).toBe(404);
  });
});
