#!/usr/bin/env node
/**
 * Budgie's HTTP server: Next.js through its documented custom-server API, so that the client address Next sees is
 * the one we decided. `node scripts/server.mjs start|dev` (scripts/launch.mjs runs it for `npm start` and
 * `npm run dev`; PORT and HOSTNAME as for `next start`).
 *
 * Before Next sees a request, X-Forwarded-For is overwritten with the client address from the socket and
 * BUDGIE_TRUSTED_PROXIES (scripts/client-address.mjs), and the other forwarding headers are dropped unless a
 * trusted proxy sent them. On SIGTERM/SIGINT it stops accepting, lets requests in flight finish (up to
 * BUDGIE_SHUTDOWN_GRACE_MS, 10 s), runs the app's shutdown hooks (lib/shutdown.ts: PGlite is closed cleanly) and
 * exits. Plain JavaScript, so `npm start` needs no TypeScript tooling.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import path from "node:path";
import { clientAddress, fromTrustedProxy, parseTrustedProxies } from "./client-address.mjs";

const dev = process.argv[2] === "dev";
// As `next start` / `next dev` do; set before Next is loaded, which reads it at import.
process.env.NODE_ENV = dev ? "development" : "production";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME || undefined;

function stopStarting(problem) {
  console.error(`Budgie cannot start.\n  - ${problem}`);
  process.exit(1);
}

const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

function rewriteForwarding(request) {
  const socketAddress = request.socket.remoteAddress;
  const forwardedFor = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = clientAddress(socketAddress, forwardedFor, trusted);
  if (!fromTrustedProxy(socketAddress, trusted)) for (const name of PROXY_HEADERS) delete request.headers[name];
}

const { default: next } = await import("next");
const server = createServer();
const app = next({ dev, dir: path.resolve(import.meta.dirname, ".."), hostname, port, httpServer: server });
await app.prepare();
const handle = app.getRequestHandler();

// Read after prepare(), which has loaded the .env files as it does for the app.
let trusted;
try {
  trusted = parseTrustedProxies(process.env.BUDGIE_TRUSTED_PROXIES);
} catch (error) {
  stopStarting(error.message);
}
const graceMs = Number(process.env.BUDGIE_SHUTDOWN_GRACE_MS || 10_000);
if (!Number.isInteger(graceMs) || graceMs < 0) stopStarting("BUDGIE_SHUTDOWN_GRACE_MS: must be a whole number of milliseconds");

/**
 * The app's log context (lib/log.ts keeps it under this registry symbol): each request runs inside one with a
 * fresh id, returned as X-Request-Id on every response, so every line written for the request carries it (page
 * renders' and route handlers' Bud calls included) and a client can never choose it.
 */
const logContext = (globalThis[Symbol.for("budgie.log.context")] ??= new AsyncLocalStorage());

server.on("request", (request, response) => {
  rewriteForwarding(request);
  const requestId = randomUUID();
  response.setHeader("X-Request-Id", requestId);
  logContext.run({ requestId }, () =>
    handle(request, response).catch((error) => {
      console.error(JSON.stringify({ time: new Date().toISOString(), level: "error", event: "server_error", error: error?.name }));
      if (!response.headersSent) response.writeHead(500).end();
    }),
  );
});
server.listen(port, hostname, () => {
  console.log(`Budgie${dev ? " (development)" : ""} listening on http://${hostname ?? "localhost"}:${port}`);
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests in flight, then stopping.`);
  const drained = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), graceMs);
  await drained;
  clearTimeout(timer);
  const hooks = globalThis[Symbol.for("budgie.shutdownHooks")] ?? new Set();
  const results = await Promise.allSettled([...hooks].map((hook) => hook()));
  for (const result of results) if (result.status === "rejected") console.error(`Shutdown step failed: ${result.reason}`);
  await app.close().catch(() => undefined);
  process.exit(results.some((result) => result.status === "rejected") ? 1 : 0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
