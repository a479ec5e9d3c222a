import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { publicRoute, userRoute } from "@/lib/api/route";
import { NotFoundError } from "@/lib/errors";
import { configureLog, log, withLogContext } from "@/lib/log";

vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => null }));

const REQUEST_ID = "0b7c4a52-4a7e-4d4e-9f3e-2f1c9b8a7d6e";
const FORGED_ID = "11111111-2222-4333-8444-555555555555";
const context = { params: Promise.resolve({}) };
/** As scripts/server.mjs runs every request: inside a log context with the server's own request id. */
const served = (route: (request: NextRequest, ctx: typeof context) => Promise<Response>, request: NextRequest) =>
  withLogContext({ requestId: REQUEST_ID }, () => route(request, context));

describe("route wrappers' security events", () => {
  let lines: Record<string, unknown>[];
  beforeEach(() => {
    lines = [];
    configureLog({ level: "info", sink: (line) => lines.push(JSON.parse(line) as Record<string, unknown>) });
  });
  afterEach(() => configureLog({ sink: (line) => process.stdout.write(`${line}\n`) }));

  it("logs a 401 with the server's request id, never the one the client sent", async () => {
    const route = userRoute(async () => ({ never: true }));
    const request = new NextRequest("http://localhost/api/accounts", { headers: { "x-request-id": FORGED_ID } });
    expect((await served(route, request)).status).toBe(401);
    expect(lines).toEqual([
      expect.objectContaining({ event: "security.unauthenticated", requestId: REQUEST_ID, route: "/api/accounts", method: "GET" }),
    ]);
  });

  it("logs a 403 for a mutating request from another origin", async () => {
    const route = publicRoute(async () => ({ created: true }));
    const request = new NextRequest("http://localhost/api/users", {
      method: "POST",
      headers: { origin: "https://evil.example" },
    });
    expect((await served(route, request)).status).toBe(403);
    expect(lines).toEqual([
      expect.objectContaining({ level: "warn", event: "security.forbidden", requestId: REQUEST_ID, reason: "origin" }),
    ]);
  });

  it("logs a not-found from the data layer (how someone else's id is answered) as a 404 event", async () => {
    const route = publicRoute(async () => {
      throw new NotFoundError("Account");
    });
    const request = new NextRequest("http://localhost/api/accounts/acc-9");
    expect((await served(route, request)).status).toBe(404);
    expect(lines).toEqual([
      expect.objectContaining({ level: "warn", event: "security.not_found", requestId: REQUEST_ID, route: "/api/accounts/acc-9" }),
    ]);
  });

  it("gives every line a handler writes the request id, however deep", async () => {
    const route = publicRoute(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      log("info", "bud_call", { path: "/financial/v3/accounts" });
      return { ok: true };
    });
    await served(route, new NextRequest("http://localhost/api/x"));
    expect(lines).toEqual([expect.objectContaining({ event: "bud_call", requestId: REQUEST_ID })]);
  });
});
