import { describe, expect, it } from "vitest";
import { keyId, parseEncryptionKeys } from "@/lib/crypto/keys";

const KEY_A = Buffer.alloc(32, 1).toString("base64");
const KEY_B = Buffer.alloc(32, 2).toString("base64");

describe("parseEncryptionKeys", () => {
  it("reads a rotation list, primary first, with stable short ids", () => {
    const parsed = parseEncryptionKeys(` ${KEY_B} , ${KEY_A}`);
    expect(parsed).toEqual({
      keys: [
        { id: keyId(Buffer.from(KEY_B, "base64")), key: Buffer.from(KEY_B, "base64") },
        { id: keyId(Buffer.from(KEY_A, "base64")), key: Buffer.from(KEY_A, "base64") },
      ],
    });
    expect(keyId(Buffer.from(KEY_A, "base64"))).toMatch(/^[0-9a-f]{8}$/);
  });

  it("accepts the URL-safe alphabet", () => {
    const urlSafe = Buffer.alloc(32, 0xfb).toString("base64url");
    expect(parseEncryptionKeys(urlSafe)).toEqual({ keys: [expect.objectContaining({ key: Buffer.alloc(32, 0xfb) })] });
  });

  it("names the bad entry of a list", () => {
    const shortKey = Buffer.alloc(16).toString("base64");
    expect(parseEncryptionKeys(`${KEY_A},${shortKey}`)).toEqual({
      problem: expect.stringMatching(/^entry 2 of 2 is not 32 random bytes/),
    });
    expect(parseEncryptionKeys(`${KEY_A},${KEY_A}`)).toEqual({ problem: "entry 2 of 2 repeats an earlier key" });
    expect(parseEncryptionKeys(`${KEY_A},`)).toEqual({ problem: expect.stringMatching(/^entry 2 of 2/) });
  });
});
