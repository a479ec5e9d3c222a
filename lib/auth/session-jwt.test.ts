import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decryptSessionJwt } from "@/lib/auth/session-jwt";

const SECRET = "a-test-secret-that-is-at-least-32-characters";
const HOUR = 3600;

/** Replaces one dot-separated part of a compact JWE. */
function withPart(token: string, index: number, value: string): string {
  const parts = token.split(".");
  parts[index] = value;
  return parts.join(".");
}

describe("decryptSessionJwt", () => {
  it("opens the token next-auth writes, claims and all", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 4 }, secret: SECRET });
    expect(decryptSessionJwt(token, SECRET)).toMatchObject({ sub: "user-1", sv: 4, exp: expect.any(Number) });
  });

  it("checks the secret and the clock again for a token it has already opened", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 4 }, secret: SECRET, maxAge: HOUR });
    const opened = decryptSessionJwt(token, SECRET);
    expect(opened).toMatchObject({ sub: "user-1" });
    expect(decryptSessionJwt(token, "another-secret-that-is-also-long-enough")).toBeNull();
    expect(decryptSessionJwt(token, SECRET, Date.now() + 2 * HOUR * 1000)).toBeNull();
    // Callers get their own copy: changing it changes nothing for the next request.
    opened!.sub = "someone-else";
    expect(decryptSessionJwt(token, SECRET)).toMatchObject({ sub: "user-1" });
  });

  it("refuses another secret's token, and any altered part", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 4 }, secret: SECRET });
    expect(decryptSessionJwt(token, "another-secret-that-is-also-long-enough")).toBeNull();
    const header = Buffer.from(JSON.stringify({ alg: "dir", enc: "A256GCM", kid: "x" })).toString("base64url");
    expect(decryptSessionJwt(withPart(token, 0, header), SECRET)).toBeNull();
    const flipped = (part: string) => {
      const bytes = Buffer.from(part, "base64url");
      bytes[0]! ^= 1;
      return bytes.toString("base64url");
    };
    for (const index of [2, 3, 4]) expect(decryptSessionJwt(withPart(token, index, flipped(token.split(".")[index]!)), SECRET)).toBeNull();
    expect(decryptSessionJwt(withPart(token, 1, "AAAA"), SECRET)).toBeNull();
  });

  it("refuses other algorithms and malformed tokens", () => {
    const none = Buffer.from(JSON.stringify({ alg: "none" })).toString("base64url");
    expect(decryptSessionJwt(`${none}..AAAA.AAAA.AAAA`, SECRET)).toBeNull();
    for (const token of ["", "not-a-jwt", "a.b.c", "a..b.c.d.e", "...."]) expect(decryptSessionJwt(token, SECRET)).toBeNull();
  });

  it("honours expiry with next-auth's 15-second tolerance", async () => {
    const token = await encode({ token: { sub: "user-1", sv: 4 }, secret: SECRET, maxAge: HOUR });
    const exp = decryptSessionJwt(token, SECRET)!.exp as number;
    expect(decryptSessionJwt(token, SECRET, (exp + 10) * 1000)).not.toBeNull();
    expect(decryptSessionJwt(token, SECRET, (exp + 15) * 1000)).toBeNull();
  });
});
