import { decode, encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renewedSessionCookie, renewSession } from "@/lib/auth/session-renewal";
import { stubProduction } from "@/lib/auth/testing";
import { resetEnvCacheForTests } from "@/lib/env";

const SECRET = "a-test-secret-that-is-at-least-32-characters";
const COOKIE = "__Secure-next-auth.session-token";
const SIGNED_IN = new Date("2026-03-01T08:00:00Z");
const AUTH_TIME = Math.floor(SIGNED_IN.getTime() / 1000);
const later = (minutes: number) => new Date(SIGNED_IN.getTime() + minutes * 60_000);

async function requestWithTokenIssuedAt(when: Date): Promise<NextRequest> {
  vi.setSystemTime(when);
  const value = await encode({ token: { sub: "user-1", sv: 2, auth_time: AUTH_TIME }, secret: SECRET });
  return new NextRequest("http://localhost/accounts", { headers: { cookie: `${COOKIE}=${value}` } });
}

describe("renewedSessionCookie", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    stubProduction(SECRET);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllEnvs();
    resetEnvCacheForTests();
  });

  it("re-issues a live token with a fresh idle clock and the original sign-in time", async () => {
    const request = await requestWithTokenIssuedAt(SIGNED_IN);
    vi.setSystemTime(later(10));
    const renewed = await renewedSessionCookie(request);
    expect(renewed).toMatchObject({
      name: COOKIE,
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true, expires: later(10 + 12 * 60) },
    });
    const claims = await decode({ token: renewed?.value, secret: SECRET });
    expect(claims).toMatchObject({ sub: "user-1", sv: 2, auth_time: AUTH_TIME, iat: AUTH_TIME + 10 * 60 });
  });

  it("does not re-encrypt within a minute of the last renewal", async () => {
    const request = await requestWithTokenIssuedAt(SIGNED_IN);
    vi.setSystemTime(later(0.5));
    expect(await renewedSessionCookie(request)).toBeNull();
  });

  it("never revives a session that has ended, by inactivity or by age", async () => {
    const idle = await requestWithTokenIssuedAt(SIGNED_IN);
    vi.setSystemTime(later(31));
    expect(await renewedSessionCookie(idle)).toBeNull();
    const old = await requestWithTokenIssuedAt(later(12 * 60 - 10));
    vi.setSystemTime(later(12 * 60));
    expect(await renewedSessionCookie(old)).toBeNull();
  });

  it("leaves requests without a session alone", async () => {
    expect(await renewedSessionCookie(new NextRequest("http://localhost/"))).toBeNull();
    const forged = new NextRequest("http://localhost/", { headers: { cookie: `${COOKIE}=not-a-jwt` } });
    expect(await renewedSessionCookie(forged)).toBeNull();
  });

  it("adds the renewed cookie to an API response, with the attributes the proxy would set", async () => {
    const request = await requestWithTokenIssuedAt(SIGNED_IN);
    vi.setSystemTime(later(10));
    const response = await renewSession(request, Response.json({ ok: true }));
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(new RegExp(`^${COOKIE.replace(/[.-]/g, "\\$&")}=[^;]+; Path=/; Expires=${later(10 + 12 * 60).toUTCString()}; HttpOnly; SameSite=Lax; Secure$`));
    const claims = await decode({ token: cookie.split(";")[0]?.slice(COOKIE.length + 1), secret: SECRET });
    expect(claims).toMatchObject({ sub: "user-1", auth_time: AUTH_TIME, iat: AUTH_TIME + 10 * 60 });
    expect(await response.json()).toEqual({ ok: true });

    vi.setSystemTime(later(10.5));
    expect((await renewSession(request, Response.json({}))).headers.has("set-cookie")).toBe(true);
    const fresh = await requestWithTokenIssuedAt(later(10));
    expect((await renewSession(fresh, Response.json({}))).headers.has("set-cookie")).toBe(false);
  });
});
