import { describe, expect, it } from "vitest";
import { currentLogContext, withLogContext } from "@/lib/log";
import { assignRequestId, withRequestLogContext } from "@/lib/security/request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("assignRequestId", () => {
  it("makes a fresh random id per request", () => {
    const [first, second] = [assignRequestId(), assignRequestId()];
    expect(first).toMatch(UUID);
    expect(second).not.toBe(first);
  });

  it("keeps the id a server wrapper already gave this request", () => {
    withLogContext({ requestId: "11111111-2222-4333-8444-555555555555" }, () => {
      expect(assignRequestId()).toBe("11111111-2222-4333-8444-555555555555");
    });
  });
});

describe("withRequestLogContext", () => {
  it("runs the handler with the proxy's request id in the log context", async () => {
    const id = assignRequestId();
    const seen = await withRequestLogContext(new Headers({ "x-request-id": id }), async () => currentLogContext());
    expect(seen).toEqual({ requestId: id });
  });

  it("ignores a header that is not one of our ids", () => {
    const seen = withRequestLogContext(new Headers({ "x-request-id": "forged\", \"level\": \"info" }), currentLogContext);
    expect(seen).toBeUndefined();
  });
});
