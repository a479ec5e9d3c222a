import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { isLoopbackAddress } from "./control";
import { pathMatches } from "./faults/rules";
import type { RunningSandbox } from "./start";
import { budCaller, send, startTestSandbox, type BudCaller } from "./test-support";
import { TEST_CUSTOMER } from "./test-world";

let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startTestSandbox({ faults: [{ path: "/resources/v2/categories/models", status: 503, times: 1 }] });
  bud = await budCaller(sandbox);
});
afterEach(() => sandbox.faults.clear());
afterAll(() => sandbox.close());

const control = (path: string, init: RequestInit = {}) => send(`${sandbox.url}/__sandbox${path}`, init);

describe("fault rules", () => {
  it("applies rules given at start (SANDBOX_FAULTS), here once", async () => {
    const first = await bud("/resources/v2/categories/models");
    expect([first.status, first.body]).toEqual([503, { message: "Service unavailable" }]);
    expect((await bud("/resources/v2/categories/models")).status).toBe(200);
  });

  it("answers a status with a Bud-style body and Retry-After, for the next N matching requests", async () => {
    sandbox.faults.add({ method: "get", path: "/financial/*", status: 429, retryAfter: "2", times: 2 });
    for (let i = 0; i < 2; i += 1) {
      const limited = await bud("/financial/v3/accounts");
      expect([limited.status, limited.headers.get("retry-after"), limited.body.message]).toEqual([429, "2", "Too many requests"]);
    }
    // The rule is used up; the request now reaches the route (and fails on the missing customer headers).
    expect((await bud("/financial/v3/accounts")).status).toBe(400);
    expect(sandbox.faults.list()).toEqual([]);
  });

  it("injects 500s with the request id in the message", async () => {
    sandbox.faults.add({ path: "/v1/open-banking/providers", status: 500 });
    const failed = await bud("/v1/open-banking/providers");
    expect(failed.status).toBe(500);
    expect(failed.body.message).toContain(failed.headers.get("x-request-id"));
  });

  it("adds latency", async () => {
    sandbox.faults.add({ path: "/v1/open-banking/providers", latencyMs: 150 });
    const started = Date.now();
    expect((await bud("/v1/open-banking/providers")).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it("hangs until the client gives up", async () => {
    sandbox.faults.add({ path: "/v1/open-banking/providers", hang: true, times: 1 });
    const call = fetch(`${sandbox.url}/v1/open-banking/providers`, { signal: AbortSignal.timeout(200) });
    await expect(call).rejects.toThrow();
  });

  it("sends a 200 whose JSON body is broken", async () => {
    sandbox.faults.add({ path: "/v1/open-banking/providers", malformed: true });
    const response = await fetch(`${sandbox.url}/v1/open-banking/providers`);
    expect(response.status).toBe(200);
    await expect(response.json()).rejects.toThrow();
  });

  it("scoped to a customer, hits only that customer's requests", async () => {
    const other = "0f6a1f7e-5b8c-4d2e-9f10-2a3b4c5d6e7f";
    sandbox.faults.add({ path: "/financial/*", status: 503, customerId: TEST_CUSTOMER.customerId.toUpperCase() });
    const customer = { id: TEST_CUSTOMER.customerId, secret: TEST_CUSTOMER.customerSecret };
    expect((await bud("/financial/v3/accounts", { customer })).status).toBe(503);
    // Another customer (unknown here: Bud's 404) and a call naming no customer reach their routes.
    expect((await bud("/financial/v3/accounts", { customer: { id: other, secret: "0".repeat(32) } })).status).toBe(404);
    expect((await bud("/v1/open-banking/providers")).status).toBe(200);
  });

  it("matches exact paths and globs", () => {
    expect(pathMatches("/financial/*", "/financial/v3/accounts/abc/balances")).toBe(true);
    expect(pathMatches("/financial/v3/accounts", "/financial/v3/accounts/abc")).toBe(false);
    expect(pathMatches("/v1/*/context", "/v1/customers/1/context")).toBe(true);
  });
});

describe("control API", () => {
  it("adds, lists and clears rules, and reports stats", async () => {
    const added = await control("/faults", { method: "POST", body: JSON.stringify([{ path: "/x", status: 502 }, { path: "/y", latencyMs: 5 }]) });
    expect([added.status, added.body.rules.length]).toEqual([201, 2]);
    expect((await control("/faults")).body.rules[0]).toEqual({ path: "/x", status: 502 });
    expect((await control("/faults", { method: "DELETE" })).status).toBe(204);
    expect((await control("/faults")).body.rules).toEqual([]);
    const invalid = await control("/faults", { method: "POST", body: JSON.stringify({ path: "no-slash", status: 200 }) });
    expect(invalid.status).toBe(400);

    await bud("/v1/open-banking/providers", { headers: { "X-Customer-Id": "abc" } });
    const stats = (await control("/stats")).body;
    expect(stats.tokenRequests).toBeGreaterThanOrEqual(1);
    expect(stats.requests.at(-1)).toEqual({ method: "GET", path: "/v1/open-banking/providers", status: 200, customerId: "abc" });
    expect(stats.requests.some((entry: { path: string }) => entry.path.startsWith("/__sandbox"))).toBe(false);
  });

  it("clears one customer's rules without touching anyone else's", async () => {
    const [mine, theirs] = ["6c1d7a52-93e4-4b0f-8d3a-1e2f3a4b5c6d", "7d2e8b63-a4f5-4c10-9e4b-2f3a4b5c6d7e"];
    const rules = [{ path: "/a", status: 500, customerId: mine }, { path: "/b", status: 500, customerId: theirs }, { path: "/c", status: 500 }];
    await control("/faults", { method: "POST", body: JSON.stringify(rules) });
    expect((await control(`/faults?customerId=${mine}`, { method: "DELETE" })).status).toBe(204);
    expect((await control("/faults")).body.rules.map((rule: { path: string }) => rule.path)).toEqual(["/b", "/c"]);
    expect((await control("/faults?customerId=not-a-uuid", { method: "DELETE" })).status).toBe(400);
  });

  it("answers loopback clients only", () => {
    for (const address of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"]) expect(isLoopbackAddress(address)).toBe(true);
    for (const address of ["10.0.0.2", "192.168.1.1", "::ffff:10.0.0.2", "fe80::1", "", undefined]) expect(isLoopbackAddress(address)).toBe(false);
  });
});
