import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ApiError, apiFetch } from "@/lib/api-fetch";

const Thing = z.object({ id: z.string(), count: z.number() });

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
  it("returns the body once it matches the expected schema", async () => {
    answer(200, { id: "a", count: 2, extra: true });
    await expect(apiFetch("/api/thing", Thing)).resolves.toEqual({ id: "a", count: 2 });
  });

  it("refuses a success body of the wrong shape rather than handing it to the UI", async () => {
    answer(200, { id: "a", count: "2" });
    const error = await failure(apiFetch("/api/thing", Thing));
    expect({ status: error.status, code: error.code, message: error.message }).toEqual({
      status: 200,
      code: "bad_response",
      message: "Something went wrong. Please try again.",
    });
  });

  it("turns our error shape into a typed ApiError with its code, message and field errors", async () => {
    answer(400, { error: { code: "invalid_input", message: "Check the form.", fields: { email: "Enter an email." } } });
    const error = await failure(apiFetch("/api/users", Thing, { method: "POST" }));
    expect({ ...error, message: error.message }).toMatchObject({
      status: 400,
      code: "invalid_input",
      message: "Check the form.",
      fields: { email: "Enter an email." },
    });
  });

  it("does not trust an error body outside our shape or our closed set of codes", async () => {
    answer(502, { error: { code: "account_not_found", message: "Bud said: no such account 123" } });
    const error = await failure(apiFetch("/api/thing", Thing));
    expect([error.status, error.code, error.message]).toEqual([502, "bad_response", "Something went wrong. Please try again."]);
    answer(500, "<html>");
    expect((await failure(apiFetch("/api/thing", Thing))).code).toBe("bad_response");
  });

  it("says the customer is offline when no answer arrives", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    const error = await failure(apiFetch("/api/thing", Thing));
    expect([error.status, error.code]).toEqual([0, "network_error"]);
  });
});
