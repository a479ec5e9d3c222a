import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, apiFetch } from "@/lib/api-fetch";

interface Thing {
  id: string;
  count: number;
}

function answer(status: number, body: unknown) {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify(body), { status })));
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(() => null, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

afterEach(() => vi.unstubAllGlobals());

describe("apiFetch", () => {
  it("returns a success body as the route's answer", async () => {
    answer(200, { id: "a", count: 2 });
    await expect(apiFetch<Thing>("/api/thing")).resolves.toEqual({ id: "a", count: 2 });
  });

  it("turns our error shape into a typed ApiError with its code, message and field errors", async () => {
    answer(400, { error: { code: "invalid_input", message: "Check the form.", fields: { email: "Enter an email." } } });
    const error = await failure(apiFetch<Thing>("/api/users", { method: "POST" }));
    expect({ ...error, message: error.message }).toMatchObject({
      status: 400,
      code: "invalid_input",
      message: "Check the form.",
      fields: { email: "Enter an email." },
    });
  });

  it("does not trust an error body outside our shape or our closed set of codes", async () => {
    answer(502, { error: { code: "account_not_found", message: "Bud said: no such account 123" } });
    const error = await failure(apiFetch<Thing>("/api/thing"));
    expect([error.status, error.code, error.message]).toEqual([502, "bad_response", "Something went wrong. Please try again."]);
    answer(500, "<html>");
    expect((await failure(apiFetch<Thing>("/api/thing"))).code).toBe("bad_response");
    answer(400, { error: { code: "invalid_input", message: "Check the form.", fields: { email: 42 } } });
    expect((await failure(apiFetch<Thing>("/api/thing"))).code).toBe("bad_response");
  });

  it("says the customer is offline when no answer arrives", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    const error = await failure(apiFetch<Thing>("/api/thing"));
    expect([error.status, error.code]).toEqual([0, "network_error"]);
  });
});
