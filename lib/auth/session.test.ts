import type { Session } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { countSignIn, MAX_FAILURES, reserveSignIn } from "@/lib/auth/rate-limit";
import { revokeAllSessions } from "@/lib/auth/revoke";
import { changePassword, getCurrentUser } from "@/lib/auth/session";
import { readSessionToken } from "@/lib/auth/session-token";
import { users } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { resetEnvCacheForTests } from "@/lib/env";

vi.mock("@/lib/auth/session-token", () => ({ readSessionToken: vi.fn() }));
const serverSession = vi.mocked(readSessionToken);

const PASSWORD = "correct horse battery";

describe.each(testEngines())("sessions on %s", (engine) => {
  const testDb = setUpTestDb(engine);
  let passwordHash: string;
  let userId: string;
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });
  beforeEach(async () => {
    userId = (await insertTestUser(testDb.db, { passwordHash })).id;
  });

  const signedInAs = (sessionVersion: number, id = userId) =>
    serverSession.mockResolvedValue({ userId: id, sessionVersion });

  it("returns the signed-in user while the token's session version is current", async () => {
    signedInAs(1);
    expect(await getCurrentUser()).toEqual({ id: userId, email: "alex@example.com", name: "Alex Morgan" });
    expect(serverSession).toHaveBeenCalled();
  });

  it("returns null without a session, or for a user that no longer exists", async () => {
    serverSession.mockResolvedValue(null);
    expect(await getCurrentUser()).toBeNull();
    signedInAs(1, crypto.randomUUID());
    expect(await getCurrentUser()).toBeNull();
  });

  it("revokes every existing token when the user signs out everywhere", async () => {
    signedInAs(1);
    await revokeAllSessions(userId);
    expect(await getCurrentUser()).toBeNull();
    signedInAs(2);
    expect(await getCurrentUser()).not.toBeNull();
  });

  it("sees a revocation on the very next request, however recently the session was read", async () => {
    signedInAs(1);
    expect(await getCurrentUser()).not.toBeNull();
    // Read twice, so that PGlite answers from its read cache (lib/db/read-cache) before the revocation.
    expect(await getCurrentUser()).not.toBeNull();
    await revokeAllSessions(userId);
    expect(await getCurrentUser()).toBeNull();
  });

  it("changes the password only with the current one, and revokes existing tokens", async () => {
    signedInAs(1);
    expect(await changePassword(userId, "not my password", "a brand new password")).toMatchObject({
      ok: false,
      error: "wrong_password",
    });
    expect(await changePassword(userId, PASSWORD, "too short")).toMatchObject({ ok: false, error: "invalid_password" });
    expect(await getCurrentUser()).not.toBeNull();

    expect(await changePassword(userId, PASSWORD, "a brand new password")).toEqual({ ok: true });
    expect(await getCurrentUser()).toBeNull();
    const [user] = await testDb.db.select().from(users).where(eq(users.id, userId));
    expect(await verifyPassword("a brand new password", user?.passwordHash ?? "")).toBe(true);
  });

  it("limits guesses at the current password like sign-in attempts", async () => {
    await changePassword(userId, "wrong guess", "a brand new password");
    for (let i = 1; i < MAX_FAILURES; i += 1) {
      const reservation = await reserveSignIn({ email: "alex@example.com", ip: null });
      if (reservation.allowed) await countSignIn(reservation, false);
    }
    expect(await changePassword(userId, PASSWORD, "a brand new password")).toMatchObject({
      ok: false,
      error: "rate_limited",
      message: expect.stringMatching(/^Too many sign-in attempts/),
    });
  });
  describe("next-auth's session endpoint (the jwt callback on refresh)", () => {
    const refresh = (token: JWT) =>
      authOptions.callbacks!.jwt!({ token, user: undefined as never, account: null });
    const now = () => Math.floor(Date.now() / 1000);

    it("keeps only our claims for a live, current token", async () => {
      const token = { sub: userId, sv: 1, auth_time: now(), iat: now(), email: "leak@example.com", jti: "j" } as JWT;
      expect(await refresh(token)).toEqual({ sub: userId, sv: 1, auth_time: token.auth_time });
    });

    it("refuses a revoked token, so the endpoint answers without a user", async () => {
      await revokeAllSessions(userId);
      await expect(refresh({ sub: userId, sv: 1, auth_time: now(), iat: now() } as JWT)).rejects.toThrow(/revoked/);
    });

    it("refuses a token past its idle timeout or its lifetime, or without a sign-in time", async () => {
      await expect(refresh({ sub: userId, sv: 1, auth_time: now(), iat: now() - 31 * 60 } as JWT)).rejects.toThrow(/ended/);
      await expect(refresh({ sub: userId, sv: 1, auth_time: now() - 13 * 3600, iat: now() } as JWT)).rejects.toThrow(/ended/);
      await expect(refresh({ sub: userId, sv: 1, iat: now() } as JWT)).rejects.toThrow(/ended/);
    });
  });
});

describe("authOptions", () => {
  const callbacks = authOptions.callbacks;

  it("signs in with email and password fields, JWT cookies that last the 12-hour session lifetime, and our sign-in page", () => {
    const [provider] = authOptions.providers;
    expect(provider).toMatchObject({ id: "credentials", type: "credentials" });
    expect(Object.keys((provider?.options as { credentials: object }).credentials)).toEqual(["email", "password"]);
    expect(authOptions.session).toEqual({ strategy: "jwt", maxAge: 12 * 60 * 60 });
    expect(authOptions.pages).toEqual({ signIn: "/sign-in" });
  });

  it("puts only the user id, session version and sign-in time in a new token", async () => {
    const fromSignIn = await callbacks?.jwt?.({
      token: { name: "Alex", email: "alex@example.com", picture: null, sub: "user-1" },
      user: { id: "user-1", sessionVersion: 3 },
      account: null,
    });
    expect(fromSignIn).toEqual({ sub: "user-1", sv: 3, auth_time: expect.any(Number) });
    expect(Math.abs((fromSignIn?.auth_time ?? 0) - Date.now() / 1000)).toBeLessThan(5);
  });

  it("reads the secret when next-auth asks, not at import (next build has none), and secures cookies in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_URL", "https://budgie.example.com");
    vi.stubEnv("NEXTAUTH_SECRET", undefined);
    resetEnvCacheForTests();
    try {
      expect(() => authOptions.secret).toThrow(/NEXTAUTH_SECRET: is required in production/);
      expect(authOptions.useSecureCookies).toBe(true);
    } finally {
      vi.unstubAllEnvs();
      resetEnvCacheForTests();
    }
  });

  it("exposes the user id and session version to getServerSession", async () => {
    const session = await callbacks?.session?.({
      session: { expires: "2099-01-01T00:00:00.000Z", user: { name: null, email: null, image: null } } as Session,
      token: { sub: "user-1", sv: 3 },
    } as Parameters<NonNullable<typeof callbacks.session>>[0]);
    expect(session).toEqual({ expires: "2099-01-01T00:00:00.000Z", userId: "user-1", sessionVersion: 3 });
  });
});
