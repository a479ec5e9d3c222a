import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readSessionToken } from "@/lib/auth/session-token";
import { resetEnvCacheForTests } from "@/lib/env";

const SECRET = "a-test-secret-that-is-at-least-32-characters";
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

describe("readSessionToken", () => {
  beforeEach(() => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_URL", "https://budgie.example.com");
    vi.stubEnv("NEXTAUTH_SECRET", SECRET);
    vi.stubEnv("BUDGIE_ENCRYPTION_KEY", Buffer.alloc(32, 7).toString("base64"));
    resetEnvCacheForTests();
    jar.clear();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCacheForTests();
  });

  it("reads the user id and session version from next-auth's secure cookie", async () => {
    jar.set("__Secure-next-auth.session-token", await encode({ token: { sub: "user-1", sv: 4 }, secret: SECRET }));
    expect(await readSessionToken()).toEqual({ userId: "user-1", sessionVersion: 4 });
  });

  it("ignores the insecure cookie name in production", async () => {
    jar.set("next-auth.session-token", await encode({ token: { sub: "user-1", sv: 4 }, secret: SECRET }));
    expect(await readSessionToken()).toBeNull();
  });

  it("refuses a token sealed with another secret, a malformed one, or one without a session version", async () => {
    const name = "__Secure-next-auth.session-token";
    jar.set(name, await encode({ token: { sub: "user-1", sv: 4 }, secret: "another-secret-that-is-also-long-enough" }));
    expect(await readSessionToken()).toBeNull();
    jar.set(name, "not-a-jwt");
    expect(await readSessionToken()).toBeNull();
    jar.set(name, await encode({ token: { sub: "user-1" }, secret: SECRET }));
    expect(await readSessionToken()).toBeNull();
  });
});
