import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exchange } from "@/lib/bud/exchange";
import { createBudFetch } from "@/lib/bud/http";

/** A tiny upstream with one behaviour per path, reached through the real undici pool. */
let server: http.Server;
let base: string;
const sockets = new Set<unknown>();
let redirectFollowed = false;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    switch (req.url) {
      case "/json":
        return void res.writeHead(200, { "content-type": "application/json" }).end('{"data":[1,2,3]}');
      case "/redirect":
        return void res.writeHead(302, { location: "/followed" }).end();
      case "/followed":
        redirectFollowed = true;
        return void res.writeHead(200).end("{}");
      case "/error":
        return void res
          .writeHead(400, { "content-type": "application/json", "x-request-id": "r-1", "retry-after": "7" })
          .end('{"code_id":"invalid_page_size","message":"not for our users"}');
      case "/stall-body":
        // Headers at once, then a body that never finishes.
        res.writeHead(200, { "content-type": "application/json" });
        return void res.write('{"data":[');
      default:
        return void res.writeHead(200, { "content-type": "application/json" }).end(`[${"1,".repeat(4096)}1]`);
    }
  });
  server.on("connection", (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const budFetch = createBudFetch({ maxConnections: 4, timeoutMs: 5_000 });
const call = (path: string, limits: { timeoutMs?: number; maxResponseBytes?: number } = {}) =>
  exchange(budFetch, `${base}${path}`, { method: "GET", headers: {} }, { timeoutMs: 2_000, maxResponseBytes: 1024, ...limits });

describe("exchange over the real HTTP client", () => {
  it("returns a JSON body, and reuses the keep-alive socket for the next call", async () => {
    sockets.clear();
    for (let i = 0; i < 5; i++) {
      expect(await call("/json")).toMatchObject({ ok: true, status: 200, json: { data: [1, 2, 3] }, bytes: 16 });
      // The pool takes the socket back a moment after the body's last byte is read.
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(sockets.size).toBe(1);
  });

  it("never follows a redirect: it is a bad response", async () => {
    expect(await call("/redirect")).toMatchObject({ ok: false, kind: "bad_response", status: 302 });
    expect(redirectFollowed).toBe(false);
  });

  it("keeps only Bud's code_id, request id and Retry-After from an error", async () => {
    expect(await call("/error")).toEqual({
      ok: false,
      kind: "validation",
      status: 400,
      requestId: "r-1",
      codeId: "invalid_page_size",
      retryAfter: "7",
      stopped: false,
    });
  });

  it("refuses a body over the cap", async () => {
    expect(await call("/big", { maxResponseBytes: 1024 })).toMatchObject({ ok: false, kind: "bad_response", status: 200 });
    expect(await call("/big", { maxResponseBytes: 64 * 1024 })).toMatchObject({ ok: true });
  });

  it("times out a body that never finishes: the per-attempt timeout covers the body", async () => {
    const started = Date.now();
    expect(await call("/stall-body", { timeoutMs: 300 })).toMatchObject({ ok: false, kind: "timeout", stopped: false });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("reports a shutdown as stopped, not as Bud's failure", async () => {
    const stopping = new AbortController();
    setTimeout(() => stopping.abort(), 100);
    const result = await exchange(budFetch, `${base}/stall-body`, { method: "GET", headers: {} }, {
      timeoutMs: 5_000,
      maxResponseBytes: 1024,
      stopping: stopping.signal,
    });
    expect(result).toMatchObject({ ok: false, kind: "unavailable", stopped: true });
  });
});
