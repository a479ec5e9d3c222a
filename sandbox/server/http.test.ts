import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningSandbox } from "./start";
import { GENERIC_404, budCaller, send, startTestSandbox, type BudCaller } from "./test-support";
import { TEST_CUSTOMER, createTestAssetsDir, createTestWorld } from "./test-world";

let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startTestSandbox({ publicUrl: "http://sandbox.test:4010/" });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

describe("HTTP conventions", () => {
  it("gives every response a fresh X-Request-Id", async () => {
    const responses = [await bud("/v1/open-banking/providers"), await send(`${sandbox.url}/nowhere`), await send(`${sandbox.url}/__sandbox/faults`)];
    const ids = responses.map((response) => response.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(3);
  });

  it("answers Bud's 404 for unknown paths and 405 for known paths with another method, before authentication", async () => {
    const unknown = await send(`${sandbox.url}/v9/nothing`);
    expect([unknown.status, unknown.body]).toEqual([404, GENERIC_404]);
    const wrongMethod = await send(`${sandbox.url}/financial/v3/accounts`, { method: "DELETE" });
    expect([wrongMethod.status, wrongMethod.body]).toEqual([405, { operation_id: "unknown", code_id: "unknown", message: "Method not allowed", errors: {} }]);
    expect((await send(`${sandbox.url}/platform/v3/customers/abc/def`, { method: "POST" })).status).toBe(405);
  });

  it("answers paths with repeated slashes as with one, as Bud's gateway does", async () => {
    const created = await bud("//platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: "slashes" } } });
    expect(created.status).toBe(201);
    const listed = await bud("/platform//v3///customers?idempotent_identifier=slashes");
    expect(listed.body.data.map((customer: { customer_id: string }) => customer.customer_id)).toEqual([created.body.data.customer_id]);
    // Fault rules and the request log see the collapsed path too.
    sandbox.faults.add({ path: "/v1/open-banking/providers", status: 503, times: 1 });
    expect((await bud("//v1//open-banking/providers")).status).toBe(503);
    expect(sandbox.stats.requests.at(-1)?.path).toBe("/v1/open-banking/providers");
    expect((await send(`${sandbox.url}//v9//nothing`)).status).toBe(404);
  });

  it("serves logos without authentication, with a content type and cache headers", async () => {
    const providers = await bud("/v1/open-banking/providers");
    const icon = new URL(providers.body.data[0].icon as string);
    expect(icon.origin).toBe("http://sandbox.test:4010");
    const response = await fetch(`${sandbox.url}${icon.pathname}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/svg+xml");
    expect(response.headers.get("cache-control")).toContain("max-age");
    expect(await response.text()).toContain("<svg");
    for (const path of ["/assets/providers/missing.svg", "/assets/%2e%2e/%2e%2e/package.json", "/assets/..%2fstate.json"]) {
      expect((await fetch(`${sandbox.url}${path}`)).status).toBe(404);
    }
  });

  it("reports a crash as Bud's 500 naming the request id", async () => {
    const broken = await startTestSandbox({
      world: {
        create: (assetBaseUrl) => ({
          ...createTestWorld(assetBaseUrl),
          customerData: () => {
            throw new Error("generator bug");
          },
        }),
        assetsDir: createTestAssetsDir(),
      },
    });
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      const caller = await budCaller(broken);
      const response = await caller("/financial/v3/accounts", { customer: { id: TEST_CUSTOMER.customerId, secret: TEST_CUSTOMER.customerSecret } });
      expect(response.status).toBe(500);
      expect(response.body.message).toContain(response.headers.get("x-request-id"));
      expect(response.body).toEqual({
        operation_id: "unknown",
        code_id: "unknown",
        message: expect.stringMatching(/^An error occurred while processing your request\. Get in touch with us and provide us your request id: /),
      });
      expect(error).toHaveBeenCalled();
    } finally {
      error.mockRestore();
      await broken.close();
    }
  });

  it("releases its port when start-up fails after listening", async () => {
    const probe = await startTestSandbox();
    const { port } = probe;
    await probe.close();
    const noWorld = () => {
      throw new Error("no world");
    };
    await expect(startTestSandbox({ port, world: { create: noWorld, assetsDir: createTestAssetsDir() } })).rejects.toThrow("no world");
    const again = await startTestSandbox({ port });
    await again.close();
  });
});
