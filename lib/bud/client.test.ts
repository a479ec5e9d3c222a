import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startSandbox } from "@/sandbox/server/start";
import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "@/sandbox/server/clients";
import { DEMO_CUSTOMER, HEAVY_CUSTOMER } from "@/sandbox/data/demo-customers";
import { createBudClient, type BudClient, type BudClientOverrides, type BudCustomer } from "@/lib/bud/client";
import { getAccount, listAccounts } from "@/lib/bud/accounts";
import { createCustomer } from "@/lib/bud/customers";
import { listTransactions } from "@/lib/bud/transactions";
import { BudError } from "@/lib/bud/errors";
import { configureLog } from "@/lib/log";

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;
let sandbox: Sandbox;

const demo: BudCustomer = { customerId: DEMO_CUSTOMER.customerId, customerSecret: DEMO_CUSTOMER.customerSecret };
const heavy: BudCustomer = { customerId: HEAVY_CUSTOMER.customerId, customerSecret: HEAVY_CUSTOMER.customerSecret };

type ClientOptions = { timeoutMs?: number; deadlineMs?: number; maxRetryAfterMs?: number; maxResponseBytes?: number };

function client(options: ClientOptions & BudClientOverrides = {}): BudClient {
  const { timeoutMs = 2_000, deadlineMs = 5_000, maxRetryAfterMs = 50, maxResponseBytes, ...overrides } = options;
  return createBudClient(
    {
      apiUrl: sandbox.url,
      clientId: LOCAL_CLIENT_ID,
      clientSecret: LOCAL_CLIENT_SECRET,
      timeoutMs,
      deadlineMs,
      maxResponseBytes,
      retry: { maxAttempts: 4, baseDelayMs: 5, maxDelayMs: 20, maxRetryAfterMs },
    },
    overrides,
  );
}

const requestsTo = (path: string, method = "GET") =>
  sandbox.stats.requests.filter((entry) => entry.path === path && entry.method === method).length;

async function budError(promise: Promise<unknown>): Promise<BudError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(BudError);
  return error as BudError;
}

beforeAll(async () => {
  configureLog({ level: "silent" });
  sandbox = await startSandbox({ port: 0 });
  // The stand-in generates the demo customer's history on first use, on this same thread: do it once here, so no
  // test's short timeouts (or the circuit breaker they trip) measure the generator instead of the client.
  await listAccounts(demo, client({ timeoutMs: 60_000, deadlineMs: 60_000 }));
}, 120_000);
afterAll(async () => {
  await sandbox.close();
  configureLog({ level: "info" });
});
afterEach(() => sandbox.faults.clear());

describe("tokens", () => {
  it("200 concurrent cold requests share exactly one token request", async () => {
    const before = sandbox.stats.tokenRequests;
    // Generous timeouts: 200 answers from one in-process stand-in can take seconds on a busy machine, and this
    // test is about the token, not about timing out.
    const bud = client({ timeoutMs: 30_000, deadlineMs: 60_000 });
    const results = await Promise.all(Array.from({ length: 200 }, () => listAccounts(demo, bud)));
    expect(results.every((accounts) => accounts.length > 0)).toBe(true);
    expect(sandbox.stats.tokenRequests - before).toBe(1);
  });

  it("a 401 once → one refresh and one retry, then success", async () => {
    const bud = client();
    await listAccounts(demo, bud);
    const tokensBefore = sandbox.stats.tokenRequests;
    const callsBefore = requestsTo("/financial/v3/accounts");
    sandbox.faults.add({ path: "/financial/v3/accounts", status: 401, times: 1 });
    await expect(listAccounts(demo, bud)).resolves.not.toHaveLength(0);
    expect(sandbox.stats.tokenRequests - tokensBefore).toBe(1);
    expect(requestsTo("/financial/v3/accounts") - callsBefore).toBe(2);
  });

  it("a 401 every time → one refresh, then a typed error (no loop)", async () => {
    const bud = client();
    await listAccounts(demo, bud);
    const tokensBefore = sandbox.stats.tokenRequests;
    const callsBefore = requestsTo("/financial/v3/accounts");
    sandbox.faults.add({ path: "/financial/v3/accounts", status: 401 });
    expect((await budError(listAccounts(demo, bud))).kind).toBe("unauthorised");
    expect(sandbox.stats.tokenRequests - tokensBefore).toBe(1);
    expect(requestsTo("/financial/v3/accounts") - callsBefore).toBe(2);
  });

  it("tokens expired by the stand-in are replaced transparently", async () => {
    const bud = client();
    await listAccounts(demo, bud);
    sandbox.faults.expireTokens();
    await expect(listAccounts(demo, bud)).resolves.not.toHaveLength(0);
  });
});

describe("retries and failures", () => {
  it("retries a GET through two 503s, with backoff", async () => {
    const delays: number[] = [];
    const bud = client({ sleep: async (ms) => void delays.push(ms), random: () => 1 });
    await listAccounts(demo, bud);
    const callsBefore = requestsTo("/financial/v3/accounts");
    sandbox.faults.add({ path: "/financial/v3/accounts", status: 503, times: 2 });
    await expect(listAccounts(demo, bud)).resolves.not.toHaveLength(0);
    expect(requestsTo("/financial/v3/accounts") - callsBefore).toBe(3);
    expect(delays).toEqual([5, 10]);
  });

  it("never retries a POST on 503", async () => {
    const bud = client();
    await listAccounts(demo, bud);
    const callsBefore = requestsTo("/platform/v3/customers", "POST");
    sandbox.faults.add({ method: "POST", path: "/platform/v3/customers", status: 503 });
    const error = await budError(createCustomer({ idempotentIdentifier: crypto.randomUUID() }, bud));
    expect(error.kind).toBe("unavailable");
    expect(error.status).toBe(503);
    expect(requestsTo("/platform/v3/customers", "POST") - callsBefore).toBe(1);
  });

  it("gives up on a hanging upstream with a timeout within the deadline", async () => {
    const bud = client({ timeoutMs: 200, deadlineMs: 700 });
    await listAccounts(demo, bud);
    sandbox.faults.add({ path: "/financial/v3/accounts", hang: true });
    const started = Date.now();
    expect((await budError(listAccounts(demo, bud))).kind).toBe("timeout");
    expect(Date.now() - started).toBeLessThan(700 + 300);
  });

  it("reports malformed JSON as bad_response", async () => {
    const bud = client();
    sandbox.faults.add({ path: "/financial/v3/accounts", malformed: true });
    expect((await budError(listAccounts(demo, bud))).kind).toBe("bad_response");
  });

  it("honours a Retry-After within the cap", async () => {
    const delays: number[] = [];
    const honouring = client({ maxRetryAfterMs: 5_000, sleep: async (ms) => void delays.push(ms) });
    sandbox.faults.add({ path: "/financial/v3/accounts", status: 429, retryAfter: "2", times: 1 });
    await listAccounts(demo, honouring);
    expect(delays).toEqual([2_000]);
  });

  it("does not retry when Retry-After is longer than the cap, and passes the hint on", async () => {
    const delays: number[] = [];
    const capped = client({ maxRetryAfterMs: 50, sleep: async (ms) => void delays.push(ms) });
    await listAccounts(demo, capped);
    const callsBefore = requestsTo("/financial/v3/accounts");
    sandbox.faults.add({ path: "/financial/v3/accounts", status: 503, retryAfter: "120", times: 1 });
    const error = await budError(listAccounts(demo, capped));
    expect([error.kind, error.status, error.retryAfterMs]).toEqual(["unavailable", 503, 120_000]);
    expect(requestsTo("/financial/v3/accounts") - callsBefore).toBe(1);
    expect(delays).toEqual([]);
  });

  it("reports an exhausted 429 as rate_limited with Bud's request id", async () => {
    const bud = client({ sleep: async () => undefined });
    sandbox.faults.add({ path: "/financial/v3/accounts", status: 429, retryAfter: "1" });
    const error = await budError(listAccounts(demo, bud));
    expect(error.kind).toBe("rate_limited");
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("limits", () => {
  it("refuses a response body over the size cap as bad_response", async () => {
    const bud = client({ maxResponseBytes: 1024 });
    const error = await budError(listAccounts(demo, bud));
    expect([error.kind, error.status]).toEqual(["bad_response", 200]);
  });

  it("aborts a hanging call at once when the server shuts down, without retrying it", async () => {
    const stopping = new AbortController();
    const bud = client({ timeoutMs: 4_000, deadlineMs: 8_000, stopping: stopping.signal });
    await listAccounts(demo, bud);
    sandbox.faults.add({ path: "/financial/v3/accounts", hang: true });
    const callsBefore = sandbox.stats.requests.length;
    setTimeout(() => stopping.abort(), 200);
    const started = Date.now();
    expect((await budError(listAccounts(demo, bud))).kind).toBe("unavailable");
    expect(Date.now() - started).toBeLessThan(1_500);
    // The stand-in logs a hung request once it is released: exactly the one attempt.
    await expect.poll(() => sandbox.stats.requests.length - callsBefore).toBe(1);
  });
});

describe("circuit breaker", () => {
  it("opens after five consecutive failures, fails fast without calling Bud, and logs its state", async () => {
    const lines: string[] = [];
    configureLog({ level: "info", sink: (line) => lines.push(line) });
    try {
      const bud = client({ sleep: async () => undefined });
      await listAccounts(demo, bud);
      sandbox.faults.add({ path: "/financial/v3/accounts", status: 503 });
      const callsBefore = requestsTo("/financial/v3/accounts");
      expect((await budError(listAccounts(demo, bud))).kind).toBe("unavailable"); // 4 attempts
      expect((await budError(listAccounts(demo, bud))).kind).toBe("circuit_open"); // 1 more opens it
      expect(requestsTo("/financial/v3/accounts") - callsBefore).toBe(5);
      const refused = await budError(listAccounts(demo, bud));
      expect(refused.kind).toBe("circuit_open");
      expect(refused.retryAfterMs).toBeGreaterThan(25_000);
      expect(requestsTo("/financial/v3/accounts") - callsBefore).toBe(5);

      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const calls = entries.filter((entry) => entry.event === "bud_call");
      expect(calls.at(0)).toMatchObject({ status: 200, breaker: "closed" });
      expect(calls.at(-1)).toMatchObject({ status: null, error: "circuit_open", breaker: "open" });
      expect(entries.filter((entry) => entry.event === "bud_breaker")).toMatchObject([{ from: "closed", to: "open" }]);
    } finally {
      configureLog({ level: "silent", sink: (line) => process.stdout.write(`${line}\n`) });
    }
  });

  it("never counts a 4xx against Bud", async () => {
    const bud = client();
    sandbox.faults.add({ path: "/financial/v3/accounts", status: 404 });
    for (let i = 0; i < 12; i++) expect((await budError(listAccounts(demo, bud))).kind).toBe("not_found");
    sandbox.faults.clear();
    await expect(listAccounts(demo, bud)).resolves.not.toHaveLength(0);
  });
});

describe("customer secrets", () => {
  it("a wrong X-Customer-Secret gets no data", async () => {
    const error = await budError(listAccounts({ ...demo, customerSecret: "0".repeat(32) }, client()));
    expect(error.kind).toBe("unauthorised");
  });

  it("a missing X-Customer-Secret gets no data", async () => {
    const error = await budError(listAccounts({ ...demo, customerSecret: null }, client()));
    expect(error.kind).toBe("validation");
  });
});

describe("logging", () => {
  it("logs one line per call with the path template, never a token, secret or customer id", async () => {
    const lines: string[] = [];
    configureLog({ level: "info", sink: (line) => lines.push(line) });
    try {
      const bud = client();
      const accounts = await listAccounts(demo, bud);
      sandbox.faults.add({ path: "/financial/v3/accounts/*", status: 401, times: 1 });
      await getAccount(demo, accounts[0]!.id, bud);
      const token = await bud.tokens.getToken();
      const text = lines.join("\n");
      for (const secret of [token, LOCAL_CLIENT_SECRET, demo.customerSecret!, demo.customerId, accounts[0]!.id]) {
        expect(text).not.toContain(secret);
      }
      const calls = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((l) => l.event === "bud_call");
      expect(calls.map((call) => [call.path, call.status, call.attempt])).toEqual([
        ["/financial/v3/accounts", 200, 1],
        ["/financial/v3/accounts/{account_id}", 401, 1],
        ["/financial/v3/accounts/{account_id}", 200, 2],
      ]);
    } finally {
      configureLog({ level: "silent", sink: (line) => process.stdout.write(`${line}\n`) });
    }
  });
});

describe("pagination", () => {
  async function walk(pageSize: number): Promise<{ ids: string[]; dates: string[] }> {
    const bud = client();
    const ids: string[] = [];
    const dates: string[] = [];
    let token: string | undefined;
    do {
      const page = await listTransactions(heavy, {}, { size: pageSize, token }, bud);
      for (const item of page.items) {
        ids.push(item.id);
        dates.push(item.date);
      }
      token = page.nextPageToken ?? undefined;
    } while (token);
    return { ids, dates };
  }

  it("walks 100k+ transactions with no duplicate and no gap", async () => {
    const full = await walk(200);
    expect(full.ids.length).toBeGreaterThanOrEqual(100_000);
    expect(new Set(full.ids).size).toBe(full.ids.length);
    for (let i = 1; i < full.dates.length; i++) {
      const order = Date.parse(full.dates[i - 1]!) - Date.parse(full.dates[i]!);
      expect(order >= 0 && (order > 0 || full.ids[i - 1]! > full.ids[i]!)).toBe(true);
    }
    // A different page size must cut the same sequence at different places and lose nothing.
    expect((await walk(173)).ids).toEqual(full.ids);
  }, 120_000);
});
