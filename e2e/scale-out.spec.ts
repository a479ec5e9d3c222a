/**
 * Two app instances on different ports sharing one PostgreSQL (CI sets TEST_DATABASE_URL): both start together
 * (migrations run once, no race), a session from one works on the other, sign-in rate limiting counts across
 * both, and signing out on one revokes the session on the other. Collected only when TEST_DATABASE_URL is set
 * (playwright.config.ts), as the vitest PostgreSQL tests are.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { Client } from "pg";
import { appEnv, PORT_OFFSET, runDir } from "./env";

const adminUrl = process.env.TEST_DATABASE_URL;
const PORTS = [3211 + PORT_OFFSET, 3212 + PORT_OFFSET] as const;
const urls = PORTS.map((port) => `http://localhost:${port}`);
const database = `budgie_e2e_${Date.now().toString(36)}`;

test.describe.configure({ mode: "serial" });
test.use({ storageState: { cookies: [], origins: [] } });

let instances: ChildProcess[] = [];

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitUntilServing(url: string): Promise<void> {
  for (let tries = 0; tries < 240; tries++) {
    const ok = await fetch(`${url}/sign-in`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not start`);
}

/** Signs in through next-auth's standard credentials flow; the cookie jar then holds the session. */
async function signIn(context: APIRequestContext, email: string, password: string, ip: string) {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers: { "x-forwarded-for": ip },
  });
  return (await response.json()) as { url: string };
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await admin(`create database ${database}`);
  const dbUrl = new URL(adminUrl!);
  dbUrl.pathname = `/${database}`;
  // Started at the same moment, on purpose: both race to migrate and to seed the demo users.
  // Through our own server, as production runs. The test plays the load balancer in front of both instances
  // (one trusted hop), so the X-Forwarded-For it sends is each request's client address.
  instances = PORTS.map((port) =>
    spawn(process.execPath, ["scripts/server.mjs", "start"], {
      env: {
        ...process.env,
        ...appEnv({
          PORT: String(port),
          BUDGIE_TRUSTED_PROXIES: "1",
          DATABASE_URL: dbUrl.toString(),
          BUDGIE_DATA_DIR: path.join(runDir, `app-${port}`),
          NEXTAUTH_URL: `http://localhost:${port}`,
        }),
      },
      stdio: "ignore",
    }),
  );
  await Promise.all(urls.map(waitUntilServing));
});

test.afterAll(async () => {
  for (const instance of instances) instance.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  await admin(`drop database if exists ${database} with (force)`);
});

test("both instances start together and the migrations ran exactly once", async () => {
  const client = new Client({ connectionString: adminUrl!.replace(/\/[^/]*$/, `/${database}`) });
  await client.connect();
  try {
    const applied = await client.query("select count(*)::int as n from drizzle.__drizzle_migrations");
    const files = readdirSync("lib/db/migrations").filter((name) => name.endsWith(".sql"));
    expect(applied.rows[0].n).toBe(files.length);
    const demo = await client.query("select count(*)::int as n from users where email = 'demo@budgie.test'");
    expect(demo.rows[0].n).toBe(1);
  } finally {
    await client.end();
  }
});

test("a session from one instance works on the other, and signing out on one revokes it on both", async () => {
  const a = await request.newContext({ baseURL: urls[0] });
  await signIn(a, "demo@budgie.test", "budgie-demo-2026", "203.0.113.10");
  // The session cookie issued by the first instance, presented to the second.
  const shared = await request.newContext({ baseURL: urls[1], storageState: await a.storageState() });
  expect((await shared.get("/api/accounts")).status()).toBe(200);

  const { csrfToken } = (await (await a.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await a.post("/api/auth/signout", { form: { csrfToken, json: "true" } });
  expect((await shared.get("/api/accounts")).status()).toBe(401);
});

test("sign-in rate limiting counts failures across both instances", async () => {
  const email = `nobody-${Date.now()}@example.com`;
  const contexts = await Promise.all(urls.map((baseURL) => request.newContext({ baseURL })));
  for (let attempt = 0; attempt < 10; attempt++) {
    const result = await signIn(contexts[attempt % 2]!, email, "wrong password!", `198.51.100.${attempt}`);
    expect(result.url).toContain("error=CredentialsSignin");
  }
  const blocked = await signIn(contexts[0]!, email, "wrong password!", "198.51.100.99");
  expect(decodeURIComponent(blocked.url)).toMatch(/Too many sign-in attempts\. Try again in \d+ minutes?\./);
});
