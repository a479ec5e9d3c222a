#!/usr/bin/env node
/**
 * `npm run dev` and `npm start`. With BUD_API_URL unset, Budgie runs against the local Bud stand-in: this
 * starts it (sandbox/, a separate process reached over HTTP exactly like Bud), points the app at it with the
 * stand-in's local client credentials and turns demo mode on. With BUD_API_URL set, only the app starts.
 * The app is served by scripts/server.mjs (Next.js behind our own HTTP server, which decides the client address).
 * Plain JavaScript, so `npm start` needs no TypeScript tooling.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const mode = process.argv[2] === "start" ? "start" : "dev";
const root = path.resolve(import.meta.dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);

// The stand-in's built-in local client (sandbox/server/clients.ts); dummy credentials, documented in the README.
const LOCAL_CLIENT = { id: "8711bbef-b357-4c2d-97ca-0d9df4206e9a", secret: "budgie-local-sandbox-secret" };

const children = [];
function run(command, args, env) {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: "inherit" });
  children.push(child);
  child.on("exit", (code, signal) => shutdown(code ?? (signal ? 1 : 0)));
  return child;
}

let stopping = false;
function shutdown(code) {
  if (stopping) return;
  stopping = true;
  // The app drains its requests and closes its database on SIGTERM: wait for that rather than cut it short.
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill("SIGTERM");
  Promise.all(running.map((child) => new Promise((resolve) => child.once("exit", resolve)))).then(() => process.exit(code));
  setTimeout(() => process.exit(code), 15_000).unref();
}
process.on("SIGINT", () => shutdown(130));
process.on("SIGTERM", () => shutdown(143));

async function waitForHttp(url, timeoutMs) {
  const giveUpAt = Date.now() + timeoutMs;
  while (Date.now() < giveUpAt) {
    // The stand-in answers 503 while it builds its seeded world; any other answer means it is serving.
    const status = await fetch(url, { signal: AbortSignal.timeout(1000) }).then((r) => r.status, () => 0);
    if (status > 0 && status < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The Bud stand-in did not answer at ${url} within ${timeoutMs / 1000} s.`);
}

// These machines have no outside network; nothing should try to phone home.
const appEnv = { NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };
if (!process.env.BUD_API_URL) {
  const port = process.env.SANDBOX_PORT ?? "4010";
  const url = `http://127.0.0.1:${port}`;
  console.log(`Starting the local Bud stand-in on ${url} (set BUD_API_URL to use Bud's real sandbox instead).`);
  // Its Connect, refresh and consent webhooks come to our receiver, as Bud's would.
  const appPort = process.env.PORT ?? "3000";
  const webhookUrl = process.env.SANDBOX_WEBHOOK_URL ?? `http://localhost:${appPort}/api/webhooks/bud`;
  run(bin("tsx"), ["sandbox/main.ts"], { SANDBOX_PORT: port, SANDBOX_WEBHOOK_URL: webhookUrl });
  await waitForHttp(`${url}/v1/open-banking/providers`, 60_000);
  Object.assign(appEnv, {
    BUD_API_URL: url,
    BUD_CLIENT_ID: process.env.BUD_CLIENT_ID ?? LOCAL_CLIENT.id,
    BUD_CLIENT_SECRET: process.env.BUD_CLIENT_SECRET ?? LOCAL_CLIENT.secret,
    BUDGIE_DEMO: process.env.BUDGIE_DEMO ?? "true",
    // Production insists on an https Bud; the local stand-in is plain http on loopback, so a demo opts out.
    BUD_API_ALLOW_HTTP: "true",
    // The stand-in serves its hosted Connect and Bud Pay pages at its public URL (localhost, not 127.0.0.1), and
    // publishes the keys its webhooks are signed with.
    BUD_CONNECT_ORIGIN: `http://localhost:${port}`,
    BUD_PAY_ORIGIN: `http://localhost:${port}`,
    BUD_WEBHOOK_JWKS_URL: `${url}/bud-callback.jwks`,
  });
}

if (mode === "start" && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first.");
  shutdown(1);
} else if (!stopping) {
  const port = process.env.PORT ?? "3000";
  // A real deployment must say its public URL (lib/env refuses production without it); development and the
  // stand-in demo are served from this machine.
  if (mode === "dev" || appEnv.BUD_API_URL) appEnv.NEXTAUTH_URL = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
  run(process.execPath, [path.join(root, "scripts", "server.mjs"), mode], { ...appEnv, PORT: port });
}
