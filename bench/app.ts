/**
 * App figures against a production build: `GET /api/accounts` beside the same call made straight to the
 * stand-in (p50/p99 at 50 concurrent), and the overview's server time while the stand-in adds 150 ms to every
 * call (target ≤ 1.2 × 150 ms + 50 ms = 230 ms: the page's upstream calls must run in parallel).
 */
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import { DEMO_CUSTOMER } from "../sandbox/data/demo-customers";
import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "../sandbox/server/clients";
import { okJson, PORT_OFFSET, root, scratchDir, standInToken, startProcess, stopProcess, summary, timed, waitForHttp } from "./support";

const SANDBOX = `http://127.0.0.1:${4311 + PORT_OFFSET}`;
const APP = `http://localhost:${3311 + PORT_OFFSET}`;
const CONCURRENCY = 50;
const LATENCY_MS = 150;

/** A tiny cookie jar: enough for next-auth's csrf + callback sign-in. */
class Session {
  private readonly cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...init.headers, cookie } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
    return response;
  }
}

async function signIn(): Promise<Session> {
  const session = new Session();
  const { csrfToken } = (await okJson(await session.fetch(`${APP}/api/auth/csrf`))) as { csrfToken: string };
  await session.fetch(`${APP}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email: "demo@budgie.test", password: "budgie-demo-2026", json: "true" }),
  });
  return session;
}

async function standInHeaders(): Promise<Record<string, string>> {
  return {
    authorization: `Bearer ${await standInToken(SANDBOX, LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET)}`,
    "x-client-id": LOCAL_CLIENT_ID,
    "x-customer-id": DEMO_CUSTOMER.customerId,
    "x-customer-secret": DEMO_CUSTOMER.customerSecret,
  };
}

export async function benchApp(): Promise<void> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("App: no production build yet; building (about a minute)…");
    await new Promise((resolve) => startProcess(path.join(root, "node_modules/.bin/next"), ["build"], {}).once("exit", resolve));
  }
  const sandbox = startProcess(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    SANDBOX_PORT: new URL(SANDBOX).port,
    SANDBOX_DATA_DIR: scratchDir("app-sandbox"),
  });
  // Through our own server, as `npm start` runs the app in production.
  const app = startProcess(process.execPath, ["scripts/server.mjs", "start"], {
    PORT: new URL(APP).port,
    BUD_API_URL: SANDBOX,
    BUD_API_ALLOW_HTTP: "true",
    BUD_CLIENT_ID: LOCAL_CLIENT_ID,
    BUD_CLIENT_SECRET: LOCAL_CLIENT_SECRET,
    BUDGIE_DEMO: "true",
    BUDGIE_DATA_DIR: scratchDir("app"),
    BUDGIE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: APP,
    NEXT_TELEMETRY_DISABLED: "1",
  });
  try {
    await waitForHttp(`${SANDBOX}/v1/open-banking/providers`);
    await waitForHttp(`${APP}/sign-in`);
    const session = await signIn();
    const headers = await standInHeaders();
    const viaApp = () => session.fetch(`${APP}/api/accounts`).then((r) => void okJson(r));
    const direct = () => fetch(`${SANDBOX}/financial/v3/accounts`, { headers }).then((r) => void okJson(r));
    await timed(100, 10, viaApp); // warm-up: JIT, token, database
    await timed(100, 10, direct);
    console.log(`App: GET /api/accounts, one at a time:     ${summary(await timed(200, 1, viaApp))}`);
    console.log(`App: stand-in GET /financial/v3/accounts, one at a time: ${summary(await timed(200, 1, direct))}`);
    console.log(`App: GET /api/accounts at ${CONCURRENCY} concurrent:          ${summary(await timed(1_000, CONCURRENCY, viaApp))}`);
    console.log(`App: stand-in GET /financial/v3/accounts at ${CONCURRENCY} concurrent: ${summary(await timed(1_000, CONCURRENCY, direct))}`);

    const fault = await fetch(`${SANDBOX}/__sandbox/faults`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ path: "/*", latencyMs: LATENCY_MS }),
    });
    if (!fault.ok) throw new Error(`The stand-in refused the latency rule (${fault.status})`);
    const overview = () =>
      session.fetch(`${APP}/`).then(async (response) => {
        const html = await response.text();
        // A redirect or an error page would be fast for the wrong reason.
        if (response.status !== 200 || !html.includes("Net position")) throw new Error(`Overview answered ${response.status}`);
      });
    await timed(5, 1, overview);
    const samples = await timed(40, 1, overview);
    console.log(`App: overview server time, stand-in +${LATENCY_MS} ms per call: ${summary(samples)} (target ≤ ${1.2 * LATENCY_MS + 50} ms)`);
  } finally {
    await stopProcess(app);
    await stopProcess(sandbox);
  }
}
