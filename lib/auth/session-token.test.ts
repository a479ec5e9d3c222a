import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readSessionEnd, readSessionToken } from "@/lib/auth/session-token";
import { stubProduction } from "@/lib/auth/testing";
import { resetEnvCacheForTests } from "@/lib/env";

const SECRET = "a-test-secret-that-is-at-least-32-characters";
const COOKIE = "__Secure-next-auth.session-token";
const jar = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined) }),
}));

const SIGNED_IN = new Date("2026-03-01T08:00:00Z");
const seconds = (date: Date) => Math.floor(date.getTime() / 1000);
const later = (minutes: number) => new Date(SIGNED_IN.getTime() + minutes * 60_000);
const token = (claims: Record<string, unknown> = {}) => ({ sub: "user-1", sv: 4, auth_time: seconds(SIGNED_IN), ...claims });
/** next-auth's encode stamps iat with the current time, so the clock is set to when the token was issued. */
async function issueAt(when: Date, claims?: Record<string, unknown>, secret = SECRET) {
  vi.setSystemTime(when);
  jar.set(COOKIE, await encode({ token: token(claims), secret, maxAge: 12 * 60 * 60 }));
}

describe("readSessionToken", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    stubProduction(SECRET);
    vi.stubEnv("BUDGIE_SESSION_IDLE_MINUTES", undefined);
    vi.stubEnv("BUDGIE_SESSION_LIFETIME_MINUTES", undefined);
    resetEnvCacheForTests();
    jar.clear();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    resetEnvCacheForTests();
  });

  it("reads the user id and session version from next-auth's secure cookie", async () => {
    await issueAt(SIGNED_IN);
    expect(await readSessionToken()).toEqual({ userId: "user-1", sessionVersion: 4 });
    expect(await readSessionEnd()).toBeNull();
  });

  it("ignores the insecure cookie name in production", async () => {
    jar.set("next-auth.session-token", await encode({ token: token(), secret: SECRET }));
    expect(await readSessionToken()).toBeNull();
  });

  it("refuses a token sealed with another secret, a malformed one, or one without a version or sign-in time", async () => {
    await issueAt(SIGNED_IN, {}, "another-secret-that-is-also-long-enough");
    expect(await readSessionToken()).toBeNull();
    jar.set(COOKIE, "not-a-jwt");
    expect(await readSessionToken()).toBeNull();
    await issueAt(SIGNED_IN, { sv: undefined });
    expect(await readSessionToken()).toBeNull();
    await issueAt(SIGNED_IN, { auth_time: undefined });
    expect(await readSessionToken()).toBeNull();
    expect(await readSessionEnd()).toBeNull();
  });

  it("ends the session after 30 minutes without a renewal, and says so", async () => {
    await issueAt(SIGNED_IN);
    vi.setSystemTime(later(29));
    expect(await readSessionToken()).not.toBeNull();
    vi.setSystemTime(later(30));
    expect(await readSessionToken()).toBeNull();
    expect(await readSessionEnd()).toBe("idle");
  });

  it("ends the session 12 hours after sign-in even when it was renewed a minute ago, and says so", async () => {
    await issueAt(later(12 * 60 - 1));
    expect(await readSessionToken()).not.toBeNull();
    vi.setSystemTime(later(12 * 60));
    expect(await readSessionToken()).toBeNull();
    expect(await readSessionEnd()).toBe("expired");
  });

  it("follows the configured limits", async () => {
    vi.stubEnv("BUDGIE_SESSION_IDLE_MINUTES", "5");
    resetEnvCacheForTests();
    await issueAt(SIGNED_IN);
    vi.setSystemTime(later(5));
    expect(await readSessionEnd()).toBe("idle");
  });
});
