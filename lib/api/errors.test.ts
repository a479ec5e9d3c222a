import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { toErrorResponse } from "@/lib/api/errors";
import { BudError } from "@/lib/bud/errors";
import { InvalidRequestError, NotFoundError } from "@/lib/errors";
import { configureLog } from "@/lib/log";

async function body(response: Response) {
  return { status: response.status, json: await response.json(), cache: response.headers.get("cache-control") };
}

describe("toErrorResponse", () => {
  const lines: string[] = [];
  configureLog({ level: "info", sink: (line) => lines.push(line) });
  afterEach(() => void (lines.length = 0));

  it("maps every Bud failure kind to a status and a customer-facing message, never Bud's own words", async () => {
    // A Bud 404 or 400 that lib/bud did not turn into a domain error is not about the customer's request.
    const expected = {
      not_found: 502,
      validation: 502,
      rate_limited: 429,
      unavailable: 503,
      timeout: 504,
      unauthorised: 502,
      bad_response: 502,
      circuit_open: 503,
    } as const;
    for (const [kind, status] of Object.entries(expected)) {
      const error = new BudError(kind as keyof typeof expected, "GET /financial/v3/accounts", { codeId: "internal_error", requestId: "r-1" });
      const { json, ...rest } = await body(toErrorResponse(error, "/api/accounts"));
      expect(rest).toEqual({ status, cache: "no-store" });
      expect(Object.keys(json.error).sort()).toEqual(["code", "message"]);
      expect(JSON.stringify(json)).not.toMatch(/internal_error|r-1|financial/);
    }
    expect(toErrorResponse(new BudError("rate_limited", "GET /x"), "/api/x").headers.get("retry-after")).toBe("5");
  });

  it("passes Bud's Retry-After (or the breaker's cool-down) on, in whole seconds", async () => {
    const retryAfter = (error: BudError) => toErrorResponse(error, "/api/x").headers.get("retry-after");
    expect(retryAfter(new BudError("rate_limited", "GET /x", { retryAfterMs: 120_000 }))).toBe("120");
    expect(retryAfter(new BudError("unavailable", "GET /x", { retryAfterMs: 90_500 }))).toBe("91");
    expect(retryAfter(new BudError("unavailable", "GET /x"))).toBeNull();
    const open = toErrorResponse(new BudError("circuit_open", "GET /x", { retryAfterMs: 12_000 }), "/api/x");
    expect(open.status).toBe(503);
    expect(open.headers.get("retry-after")).toBe("12");
    expect((await open.json()).error.message).toMatch(/^Bud is unavailable right now/);
  });

  it("answers invalid input with per-field messages and not-found with 404", async () => {
    const invalid = z.object({ page_size: z.number().max(200) }).safeParse({ page_size: 500 });
    expect(await body(toErrorResponse(invalid.error, "/api/x"))).toMatchObject({
      status: 400,
      json: { error: { code: "invalid_input", fields: { page_size: expect.any(String) } } },
    });
    expect((await body(toErrorResponse(new NotFoundError("Account"), "/api/x"))).status).toBe(404);
  });

  it("answers a Bud 400 on the accounts list as an upstream error, and a refused page token as the request's", async () => {
    const list = await body(toErrorResponse(new BudError("validation", "GET /financial/v3/accounts", { status: 400 }), "/api/accounts"));
    expect(list).toMatchObject({ status: 502, json: { error: { code: "upstream_error" } } });
    expect(list.json.error.message).not.toMatch(/valid|find/i);
    expect(await body(toErrorResponse(new InvalidRequestError("page token"), "/api/transactions"))).toMatchObject({
      status: 400,
      json: { error: { code: "invalid_request" } },
    });
  });

  it("logs an unknown error by name only: no message, stack or data", async () => {
    const error = new Error("insert failed: params alex@example.com, $argon2id$secret", { cause: new TypeError("boom") });
    const { status, json } = await body(toErrorResponse(error, "/api/users"));
    expect(status).toBe(500);
    expect(json).toEqual({ error: { code: "internal_error", message: expect.any(String) } });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ event: "unhandled_error", route: "/api/users", error: "Error", cause: "TypeError" });
    expect(lines[0]).not.toMatch(/alex@example\.com|argon2|at /);
  });
});
