import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { z, ZodError } from "zod";
import { parseJsonBody } from "@/lib/api/body";

const schema = z.object({ name: z.string() });
const post = (body: string, headers: Record<string, string> = {}) =>
  new NextRequest("http://localhost/api/x", { method: "POST", body, headers });

describe("parseJsonBody", () => {
  it("returns the validated body", async () => {
    await expect(parseJsonBody(post('{"name":"Alex"}'), schema)).resolves.toEqual({ name: "Alex" });
  });

  it.each([
    ["malformed JSON", post("{nope"), "Request body must be JSON."],
    ["a declared oversize body", post('{"name":"x"}', { "content-length": "999999" }), "Request body is too large."],
    ["more than 16 KiB of multi-byte text", post(JSON.stringify({ name: "£".repeat(9_000) })), "Request body is too large."],
  ])("rejects %s as invalid input", async (_, request, message) => {
    const error = await parseJsonBody(request, schema).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues[0]?.message).toBe(message);
  });

  it("rejects a body of the wrong shape", async () => {
    await expect(parseJsonBody(post('{"name":3}'), schema)).rejects.toBeInstanceOf(ZodError);
  });
});
