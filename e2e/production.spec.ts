/**
 * What production runs (`node scripts/server.mjs start` on PGlite), checked against the running server: the client
 * address comes from the socket (not from X-Forwarded-For), sign-in and sign-up limits answer 429 with
 * Retry-After, a burst of guesses is bounded, the Origin check trusts only the configured origin, one process per
 * PGlite directory (a SIGKILLed one does not block the restart and loses no acknowledged sign-up), a clean stop on
 * SIGTERM, backup and restore through the npm scripts, and production configuration refusing to start.
 */
import { execFile } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { startApp, stopApp, waitUntilServing, type AppProcess } from "./app-process";
import { APP_PORT, appEnv, runDir } from "./env";
import { clientFrom } from "./http-client";

const run = promisify(execFile);
const PORT = APP_PORT + 5;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const ORIGIN = `http://localhost:${PORT}`;
const dataDir = path.join(runDir, "production");
const env = appEnv({ PORT: String(PORT), BUDGIE_DATA_DIR: dataDir, NEXTAUTH_URL: ORIGIN });
const DEMO = { email: "demo@budgie.test", password: "budgie-demo-2026" };
const NEW_USER = { name: "Robin Ash", email: `robin-${Date.now()}@example.com`, password: "correct horse battery" };

test.describe.configure({ mode: "serial", timeout: 300_000 });
test.use({ storageState: { cookies: [], origins: [] } });

let app: AppProcess;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  app = startApp(env);
  await waitUntilServing(app, BASE_URL);
});

test.afterAll(async () => {
  if (app) await stopApp(app, "SIGKILL");
});

/** next-auth's JSON answer: the error travels in the URL's query. */
async function signInError(response: Awaited<ReturnType<ReturnType<typeof clientFrom>["signIn"]>>): Promise<string | null> {
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}

test("the per-address limit uses the socket's address: X-Forwarded-For neither dodges it nor spreads it to others", async () => {
  const attacker = clientFrom("127.0.0.2", BASE_URL);
  for (let guess = 0; guess < 10; guess++) {
    const response = await attacker.signIn(`guess-${guess}@example.com`, "wrong password!", { "x-forwarded-for": `198.51.100.${guess}` });
    expect(response.status).toBe(401);
  }
  // The right password, under yet another claimed address, is still refused for this client…
  const refused = await attacker.signIn(DEMO.email, DEMO.password, { "x-forwarded-for": "203.0.113.77" });
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await signInError(refused)).toMatch(/^Too many sign-in attempts\. Try again in \d+ minutes?\.$/);
  // …while a different client signs in to that account at once.
  const other = clientFrom("127.0.0.3", BASE_URL);
  const accepted = await other.signIn(DEMO.email, DEMO.password);
  expect(accepted.status).toBe(200);
  expect((await other.request("/api/accounts")).status).toBe(200);
});

test("a page render's and a route handler's Bud calls are logged with the request id the response returns", async () => {
  const client = clientFrom("127.0.0.9", BASE_URL);
  expect((await client.signIn(DEMO.email, DEMO.password)).status).toBe(200);
  // The overview renders on the server and calls Bud outside any route handler; /api/accounts calls it inside one.
  for (const path of ["/", "/api/accounts"]) {
    const response = await client.request(path);
    expect(response.status).toBe(200);
    await response.text();
    const requestId = response.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const budCalls = () =>
      app
        .output()
        .split("\n")
        .filter((line) => line.includes('"event":"bud_call"') && line.includes(`"requestId":"${requestId}"`)).length;
    await expect.poll(budCalls).toBeGreaterThanOrEqual(1);
  }
});

test("a burst of 30 parallel wrong passwords gets at most 10 evaluated", async () => {
  const client = clientFrom("127.0.0.4", BASE_URL);
  await client.csrfToken();
  const email = `burst-${Date.now()}@example.com`;
  const statuses = await Promise.all(Array.from({ length: 30 }, () => client.signIn(email, "wrong password!").then((r) => r.status)));
  expect(statuses.filter((status) => status === 401)).toHaveLength(10);
  expect(statuses.filter((status) => status === 429)).toHaveLength(20);
});

test("sign-up is limited per client address", async () => {
  const client = clientFrom("127.0.0.5", BASE_URL);
  const signUp = () =>
    client.request("/api/users", {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: JSON.stringify({ name: "Sam Reed", email: DEMO.email, password: "correct horse battery" }),
    });
  for (let attempt = 0; attempt < 10; attempt++) expect((await signUp()).status).toBe(409);
  const limited = await signUp();
  expect(limited.status).toBe(429);
  expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await limited.json()).toEqual({ error: { code: "rate_limited", message: expect.stringMatching(/^Too many sign-ups/) } });
});

test("the Origin check accepts only the configured public origin, whatever Host the request claims", async () => {
  const client = clientFrom("127.0.0.6", BASE_URL);
  const post = (headers: Record<string, string>) =>
    client.request("/api/users", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: "{}" });
  const forged = await post({ host: "evil.example", origin: "http://evil.example" });
  expect(forged.status).toBe(403);
  expect(await forged.json()).toEqual({ error: { code: "forbidden_origin", message: expect.any(String) } });
  // Our own origin gets through the check (and then fails validation).
  expect((await post({ origin: ORIGIN })).status).toBe(400);
});

test("a second instance on the same PGlite directory refuses to start, pointing at DATABASE_URL", async () => {
  const second = startApp({ ...env, PORT: String(PORT + 1) });
  expect(await second.exited).not.toBe(0);
  expect(second.output()).toContain("Another Budgie process is using the PGlite database in");
  expect(second.output()).toContain("set DATABASE_URL to a PostgreSQL database to run several instances");
  // The backup script is refused the same way while the app runs.
  const backup = await runScript("backup", path.join(runDir, "refused.tar.gz"));
  expect(backup.code).not.toBe(0);
  expect(backup.output).toContain("stop it before starting a backup");
});

test("after a SIGKILL the app restarts on its directory and keeps acknowledged sign-ups", async () => {
  const client = clientFrom("127.0.0.7", BASE_URL);
  const created = await client.request("/api/users", {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN },
    body: JSON.stringify(NEW_USER),
  });
  expect(created.status).toBe(201);
  await stopApp(app, "SIGKILL");

  app = startApp(env);
  await waitUntilServing(app, BASE_URL);
  expect((await clientFrom("127.0.0.8", BASE_URL).signIn(NEW_USER.email, NEW_USER.password)).status).toBe(200);
});

test("SIGTERM stops the app cleanly and promptly", async () => {
  const started = Date.now();
  expect(await stopApp(app, "SIGTERM")).toBe(0);
  expect(Date.now() - started).toBeLessThan(15_000);
});

test("a backup taken with the app stopped restores after the database is deleted, and the user signs in", async () => {
  const file = path.join(runDir, "budgie-backup.tar.gz");
  const backup = await runScript("backup", file);
  expect(backup.code, backup.output).toBe(0);
  expect(existsSync(file)).toBe(true);

  rmSync(path.join(dataDir, "pglite"), { recursive: true });
  const restore = await runScript("restore", file);
  expect(restore.code, restore.output).toBe(0);

  app = startApp(env);
  await waitUntilServing(app, BASE_URL);
  expect((await clientFrom("127.0.0.9", BASE_URL).signIn(NEW_USER.email, NEW_USER.password)).status).toBe(200);
});

test("production refuses to start with an http Bud URL or without its public URL, naming both", async () => {
  // Blank counts as unset (lib/env), and overrides what the test runner's own environment holds.
  const misconfigured = startApp({
    ...env,
    BUD_API_ALLOW_HTTP: "",
    NEXTAUTH_URL: "",
    PORT: String(PORT + 2),
    BUDGIE_DATA_DIR: path.join(runDir, "misconfigured"),
  });
  expect(await misconfigured.exited).toBe(1);
  expect(misconfigured.output()).toContain("NEXTAUTH_URL: is required in production");
  expect(misconfigured.output()).toContain("BUD_API_URL: must be an https URL in production");
});

async function runScript(script: "backup" | "restore", file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await run("npm", ["run", "--silent", script, "--", file], { env: { ...process.env, ...env } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}
