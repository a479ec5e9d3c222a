import { describe, expect, it } from "vitest";
import { DUMMY_PASSWORD_HASH, hashPassword, verifyPassword } from "@/lib/auth/password";

const PHC = /^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/;

describe("password hashing", () => {
  it("hashes with argon2id (19 MiB, t=2, p=1), a 16-byte salt, as a PHC string, salted per hash", async () => {
    const [first, second] = await Promise.all([hashPassword("correct horse battery"), hashPassword("correct horse battery")]);
    expect(first).toMatch(PHC);
    expect(second).not.toBe(first);
  });

  it("verifies the right password only", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("treats composed and decomposed accents alike", async () => {
    const hash = await hashPassword("caf\u00e9 au lait, s'il vous pla\u00eet");
    expect(await verifyPassword("cafe\u0301 au lait, s'il vous plai\u0302t", hash)).toBe(true);
  });

  it("refuses a hash in another format", async () => {
    await expect(verifyPassword("anything", "$2b$10$abcdefghijklmnopqrstuv")).rejects.toThrow(/Unsupported/);
  });

  it("has a dummy hash with the same cost as real ones, matching no likely password", async () => {
    expect(DUMMY_PASSWORD_HASH).toMatch(PHC);
    expect(await verifyPassword("", DUMMY_PASSWORD_HASH)).toBe(false);
  });
});
