import { describe, expect, it, vi } from "vitest";
import { BudError, kindForStatus, readCodeId } from "@/lib/bud/errors";

describe("BudError", () => {
  it("is recognised across separate copies of its module (one per server bundle entry)", async () => {
    vi.resetModules();
    const copy = await import("@/lib/bud/errors");
    expect(copy.BudError).not.toBe(BudError);
    const error = new copy.BudError("validation", "GET /x", { status: 400 });
    expect(error).toBeInstanceOf(BudError);
    expect(new Error("plain")).not.toBeInstanceOf(BudError);
    expect(null).not.toBeInstanceOf(BudError);
  });

  it("maps statuses to kinds", () => {
    expect([401, 403, 404, 409, 429, 500, 503, 302].map(kindForStatus)).toEqual([
      "unauthorised",
      "unauthorised",
      "not_found",
      "validation",
      "rate_limited",
      "unavailable",
      "unavailable",
      "bad_response",
    ]);
  });

  it("keeps only Bud's code_id slug from an error body", () => {
    expect(readCodeId('{"code_id":"account_not_found","message":"secret stuff"}')).toBe("account_not_found");
    expect(readCodeId('{"code_id":"<script>"}')).toBeNull();
    expect(readCodeId("not json")).toBeNull();
  });
});
