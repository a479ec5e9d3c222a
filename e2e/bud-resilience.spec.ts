/**
 * The Bud transport inside a production server (`next start` of the real build), against a stand-in we break on
 * purpose. The unit tests of lib/bud passed while the production build stalled on 401s, never retried during a
 * server render, buffered a 300 MB body and had no circuit breaker: Next patches the global fetch, so only the
 * running server tells the truth.
 *
 * This spec owns its whole world so its faults never touch other specs: an in-process stand-in, a small gateway
 * in front of it (which can serve an endless body), and its own app instance with a long per-attempt timeout
 * (30 s), so "well before the timeout" cannot be noise.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { DEFAULT_BREAKER_POLICY } from "../lib/bud/breaker";
import { startSandbox, type RunningSandbox } from "../sandbox/server/start";
import { APP_PORT, appEnv, CANARIES, LOCAL_CLIENT_ID, runDir } from "./env";

const APP = `http://localhost:${APP_PORT + 5}`;
const GATEWAY_PORT = APP_PORT + 6;
const ACCOUNTS = "/financial/v3/accounts";
const TIMEOUT_MS = 30_000;
const COOLDOWN_MS = 4_000;
/** What the gateway offers when asked for an oversized body; the app's cap is the default 25 MiB. */
const HUGE_BYTES = 150 * 1024 * 1024;

test.describe.configure({ mode: "serial" });
// Signs in to its own instance; the shared demo session is for the shared app.
test.use({ storageState: { cookies: [], origins: [] } });

let sandbox: RunningSandbox;
let gateway: http.Server;
let app: ChildProcess;
let api: APIRequestContext;
const appLog: string[] = [];
/** While set, the gateway answers the accounts list with an endless body and records how much it sent. */
const oversize = { on: false, sent: 0 };
/** Calls to the accounts list that reached Bud (counted on arrival, so calls still hanging count too). */
let accountCalls = 0;

/** Forwards to the stand-in, except for the oversized body; an aborted client aborts the upstream request. */
function startGateway(target: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    if (req.url?.split("?")[0] === ACCOUNTS) accountCalls++;
    if (oversize.on && req.url?.startsWith(ACCOUNTS)) return void streamHugeBody(res);
    const upstream = http.request(`${target}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(GATEWAY_PORT, "127.0.0.1", () => resolve(server)));
}

/** Valid JSON as far as it goes, written as fast as the reader takes it, until HUGE_BYTES or the reader leaves. */
async function streamHugeBody(res: http.ServerResponse): Promise<void> {
  res.writeHead(200, { "content-type": "application/json" });
  const chunk = Buffer.from(`{"account_id":"${"x".repeat(1000)}"},`.repeat(1024));
  res.write('{"data":[');
  while (oversize.sent < HUGE_BYTES && !res.destroyed) {
    oversize.sent += chunk.length;
    if (!res.write(chunk)) await new Promise((resolve) => res.once("drain", resolve).once("close", resolve));
  }
  res.end("{}]}");
}

function rssMiB(pid: number): number {
  const kib = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kib) / 1024;
}

async function waitUntilServing(url: string): Promise<void> {
  for (let tries = 0; tries < 480; tries++) {
    if (await fetch(`${url}/sign-in`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not start`);
}

async function signedIn(): Promise<APIRequestContext> {
  // A bounded wait per request: a stalled answer fails the test instead of hanging it.
  const context = await request.newContext({ baseURL: APP, timeout: 15_000 });
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: "demo@budgie.test", password: "budgie-demo-2026", json: "true" },
  });
  return context;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work();
  return { result, ms: Date.now() - started };
}

test.beforeAll(async () => {
  test.setTimeout(240_000);
  sandbox = await startSandbox({
    port: 0,
    clients: [{ client_id: LOCAL_CLIENT_ID, client_secrets: [CANARIES.budClientSecret], host_secrets: false }],
  });
  gateway = await startGateway(sandbox.url);
  app = spawn(path.resolve("node_modules/.bin/next"), ["start", "--port", String(APP_PORT + 5)], {
    env: {
      ...process.env,
      ...appEnv({
        BUD_API_URL: `http://127.0.0.1:${GATEWAY_PORT}`,
        BUDGIE_DATA_DIR: path.join(runDir, "app-resilience"),
        NEXTAUTH_URL: APP,
        BUD_TIMEOUT_MS: String(TIMEOUT_MS),
        BUD_DEADLINE_MS: String(TIMEOUT_MS),
        BUD_BREAKER_COOLDOWN_MS: String(COOLDOWN_MS),
        // The shared e2e server's thresholds are raised (e2e/env.ts); this instance tests the production ones.
        BUD_BREAKER_FAILURES: String(DEFAULT_BREAKER_POLICY.consecutiveFailures),
        BUD_BREAKER_MIN_CALLS: String(DEFAULT_BREAKER_POLICY.minCallsInWindow),
      }),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  app.stdout!.setEncoding("utf8").on("data", (text: string) => appLog.push(...text.split("\n").filter(Boolean)));
  await waitUntilServing(APP);
  api = await signedIn();
  expect((await api.get("/api/accounts")).status()).toBe(200);
});

test.afterEach(() => {
  sandbox.faults.clear();
  oversize.on = false;
});

test.afterAll(async () => {
  if (app.exitCode === null) app.kill("SIGKILL");
  await api?.dispose();
  await new Promise((resolve) => gateway?.close(resolve));
  await sandbox?.close();
});

test("one 401 from Bud: the token is refreshed and the data arrives long before the timeout", async () => {
  sandbox.faults.add({ path: ACCOUNTS, status: 401, times: 1 });
  const once = await timed(() => api.get("/api/accounts"));
  expect(once.result.status()).toBe(200);
  expect(((await once.result.json()) as unknown[]).length).toBeGreaterThan(0);
  expect(once.ms).toBeLessThan(5_000);

  // The hourly case: every access token expires at once.
  sandbox.faults.expireTokens();
  const expired = await timed(() => api.get("/api/accounts"));
  expect(expired.result.status()).toBe(200);
  expect(expired.ms).toBeLessThan(5_000);
});

test("a permanent 401 from Bud: a clear error, long before the timeout", async () => {
  sandbox.faults.add({ path: ACCOUNTS, status: 401 });
  const { result, ms } = await timed(() => api.get("/api/accounts"));
  expect(result.status()).toBe(502);
  expect(await result.json()).toEqual({ error: { code: "upstream_error", message: expect.any(String) } });
  expect(ms).toBeLessThan(5_000);
});

test("a one-time 503 during a server render is retried: the rendered page shows the accounts", async () => {
  sandbox.faults.add({ method: "GET", path: ACCOUNTS, status: 503, times: 1 });
  const html = await (await api.get("/")).text();
  expect(sandbox.faults.list()).toEqual([]); // the 503 was served, to the render
  // Booleans, so a failure does not print the whole page.
  expect(html.includes("Net position"), "the accounts widget rendered with data").toBe(true);
  expect(html.includes("We couldn’t load your accounts"), "the accounts widget rendered an error").toBe(false);
});

test("a Retry-After longer than the retry cap is answered at once, with the hint", async () => {
  for (const status of [503, 429]) {
    sandbox.faults.add({ path: ACCOUNTS, status, retryAfter: "120", times: 1 });
    const before = accountCalls;
    const { result, ms } = await timed(() => api.get("/api/accounts"));
    expect(result.status()).toBe(status);
    expect(result.headers()["retry-after"]).toBe("120");
    expect(accountCalls - before).toBe(1);
    expect(ms).toBeLessThan(2_000);
  }
});

test("an oversized Bud response is refused after the size cap, without reading or holding it whole", async () => {
  const rssBefore = rssMiB(app.pid!);
  oversize.on = true;
  oversize.sent = 0;
  const { result, ms } = await timed(() => api.get("/api/accounts"));
  expect(result.status()).toBe(502);
  expect(await result.json()).toEqual({ error: { code: "upstream_error", message: expect.any(String) } });
  const grewMiB = rssMiB(app.pid!) - rssBefore;
  console.log(`oversized body: ${(oversize.sent / 2 ** 20).toFixed(0)} MiB sent of 150, app RSS change ${grewMiB.toFixed(0)} MiB`);
  // The cap is 25 MiB; socket buffers add a little. A whole read would have pulled all 150 MiB.
  expect(oversize.sent).toBeLessThan(40 * 1024 * 1024);
  expect(grewMiB).toBeLessThan(150);
  expect(ms).toBeLessThan(10_000);
});

test("Bud failing: after the threshold the breaker fails fast, then one probe after the cool-down closes it", async () => {
  sandbox.faults.add({ path: ACCOUNTS, status: 503 });
  // Four attempts of the first request and the first of the second make five consecutive failures.
  for (let i = 0; i < 2; i++) expect((await api.get("/api/accounts")).status()).toBe(503);

  const before = accountCalls;
  const { result, ms } = await timed(() => api.get("/api/accounts"));
  expect(result.status()).toBe(503);
  expect(((await result.json()) as { error: { message: string } }).error.message).toMatch(/^Bud is unavailable right now/);
  expect(Number(result.headers()["retry-after"])).toBeGreaterThan(0);
  expect(accountCalls).toBe(before); // failed fast: Bud was not called
  expect(ms).toBeLessThan(1_000);
  const calls = appLog.flatMap((line) => (line.startsWith("{") ? [JSON.parse(line) as Record<string, unknown>] : []));
  expect(calls.some((call) => call.event === "bud_call" && call.breaker === "open" && call.error === "circuit_open")).toBe(true);

  sandbox.faults.clear();
  await new Promise((resolve) => setTimeout(resolve, COOLDOWN_MS));
  expect((await api.get("/api/accounts")).status()).toBe(200); // the probe
  expect((await api.get("/api/accounts")).status()).toBe(200);
});

test("SIGTERM with Bud calls hanging in flight: the requests are answered and the server exits in seconds", async () => {
  sandbox.faults.add({ path: ACCOUNTS, hang: true });
  const before = accountCalls;
  // `Connection: close`, as a proxy draining us would: otherwise Next waits for each answered keep-alive
  // connection to idle out (5 s) before it exits, which is the client's pace, not ours.
  const inFlight = Array.from({ length: 3 }, () =>
    api.get("/api/accounts", { timeout: 20_000, headers: { connection: "close" } }),
  );
  await expect.poll(() => accountCalls).toBe(before + 3);

  const exited = new Promise((resolve) => app.once("exit", resolve));
  const sigterm = Date.now();
  app.kill("SIGTERM");
  const answered = await Promise.all(inFlight.map((call) => call.then((response) => [response.status(), Date.now() - sigterm])));
  await exited;
  const exitMs = Date.now() - sigterm;
  expect(answered.map(([status]) => status)).toEqual([503, 503, 503]);
  expect(Math.max(...answered.map(([, ms]) => ms!))).toBeLessThan(2_000);
  expect(exitMs).toBeLessThan(5_000);
});
