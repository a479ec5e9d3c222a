import { beforeEach, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { clientIp } from "@/lib/auth/client-ip";
import { hashPassword } from "@/lib/auth/password";
import {
  countSignIn,
  MAX_FAILURES,
  releaseSignIn,
  reserveSignIn,
  reserveSignUp,
  WINDOW_MS,
  type SignInSource,
} from "@/lib/auth/rate-limit";
import { captureThrottle } from "@/lib/auth/throttle";
import { loginAttempts } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";

const getBudCustomer = vi.hoisted(() => vi.fn(async () => ({ customerId: "customer-1", customerSecret: null })));
vi.mock("@/lib/customer-link", () => ({ getBudCustomer }));

/** The default per-address sign-up limit (lib/env rateLimitConfig). */
const SIGN_UPS_PER_ADDRESS = 10;

const T0 = new Date("2026-03-01T12:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ALEX = { email: "alex@example.com", ip: "203.0.113.7" };

/** One judged attempt: reserve, then count the outcome. */
async function attempt(source: SignInSource, succeeded: boolean, when = T0) {
  const reservation = await reserveSignIn(source, when);
  if (!reservation.allowed) throw new Error(`unexpectedly refused: ${reservation.message}`);
  await countSignIn(reservation, succeeded, when);
}

async function fail(times: number, source: SignInSource, when = T0) {
  for (let i = 0; i < times; i += 1) await attempt(source, false, when);
}

describe.each(testEngines())("sign-in rate limiting on %s", (engine) => {
  const testDb = setUpTestDb(engine);

  it("blocks an email after 10 failures in 15 minutes, from any address, saying for how long", async () => {
    await fail(MAX_FAILURES - 1, ALEX);
    await fail(1, { ...ALEX, ip: "198.51.100.1" }, at(1));
    expect(await reserveSignIn({ ...ALEX, ip: "192.0.2.99" }, at(1))).toEqual({
      allowed: false,
      retryAfterSeconds: 14 * 60,
      message: "Too many sign-in attempts. Try again in 14 minutes.",
    });
    expect(await reserveSignIn({ ...ALEX, ip: null }, at(14.5))).toMatchObject({
      retryAfterSeconds: 30,
      message: "Too many sign-in attempts. Try again in 1 minute.",
    });
  });

  it("counts minutes from the oldest failure in the window, and lifts the block when it leaves", async () => {
    await fail(1, ALEX, at(0));
    await fail(MAX_FAILURES - 1, ALEX, at(5));
    expect(await reserveSignIn(ALEX, at(6))).toMatchObject({ allowed: false, retryAfterSeconds: 9 * 60 });
    expect(await reserveSignIn(ALEX, at(15.01))).toMatchObject({ allowed: true });
  });

  it("never extends a lockout with refused attempts", async () => {
    await fail(MAX_FAILURES, ALEX);
    for (const minute of [1, 5, 10, 14.9]) expect(await reserveSignIn(ALEX, at(minute))).toMatchObject({ allowed: false });
    expect(await reserveSignIn(ALEX, new Date(T0.getTime() + WINDOW_MS))).toMatchObject({ allowed: true });
  });

  it("lets at most 10 of a burst of 30 parallel attempts through to the password check", async () => {
    const verdicts = await Promise.all(Array.from({ length: 30 }, () => reserveSignIn(ALEX, T0)));
    expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(MAX_FAILURES);
    // Guesses at many emails from one address are bounded the same way.
    await testDb.reset();
    const spread = await Promise.all(
      Array.from({ length: 30 }, (_, i) => reserveSignIn({ email: `guess${i}@example.com`, ip: ALEX.ip }, T0)),
    );
    expect(spread.filter((verdict) => verdict.allowed)).toHaveLength(MAX_FAILURES);
  });

  it("gives a released slot back", async () => {
    await fail(MAX_FAILURES - 1, ALEX);
    const last = await reserveSignIn(ALEX, T0);
    if (!last.allowed) throw new Error("expected a reservation");
    await releaseSignIn(last);
    expect(await reserveSignIn(ALEX, T0)).toMatchObject({ allowed: true });
  });

  it("blocks an address that fails across many emails, and a success does not reset it", async () => {
    for (let i = 1; i < MAX_FAILURES; i += 1) await fail(1, { email: `guess${i}@example.com`, ip: ALEX.ip });
    await attempt({ email: "attacker@example.com", ip: ALEX.ip }, true, at(0.5));
    await fail(1, { email: "guess0@example.com", ip: ALEX.ip }, at(1));
    expect(await reserveSignIn({ email: "someone@example.com", ip: ALEX.ip }, at(2))).toMatchObject({
      allowed: false,
      retryAfterSeconds: 13 * 60,
    });
    expect(await reserveSignIn({ email: "someone@example.com", ip: "198.51.100.1" }, at(2))).toMatchObject({ allowed: true });
  });

  it("resets an email's count when that account signs in successfully", async () => {
    await fail(MAX_FAILURES - 1, ALEX);
    await attempt(ALEX, true, at(1));
    await fail(MAX_FAILURES - 1, { ...ALEX, ip: null }, at(2));
    expect(await reserveSignIn({ ...ALEX, ip: null }, at(3))).toMatchObject({ allowed: true });
  });

  it("prunes attempts that have left the window, and stores no email address", async () => {
    await fail(3, ALEX, at(0));
    await fail(1, ALEX, at(20));
    const rows = await testDb.db.select().from(loginAttempts);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.emailKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain("alex");
  });

  it("limits sign-ups per address, without counting them as failed sign-ins", async () => {
    for (let i = 0; i < SIGN_UPS_PER_ADDRESS; i += 1) expect(await reserveSignUp(ALEX.ip, T0)).toEqual({ allowed: true });
    expect(await reserveSignUp(ALEX.ip, at(5))).toEqual({
      allowed: false,
      retryAfterSeconds: 10 * 60,
      message: "Too many sign-ups from your network. Try again in 10 minutes.",
    });
    expect(await reserveSignUp("198.51.100.1", at(5))).toEqual({ allowed: true });
    expect(await reserveSignIn(ALEX, at(5))).toMatchObject({ allowed: true });
  });

  describe("authorizeCredentials", () => {
    const headers = { "x-forwarded-for": ALEX.ip };
    beforeEach(async () => {
      await insertTestUser(testDb.db, { passwordHash: await hashPassword("correct horse battery") });
    });

    it("signs in with the right password, whatever the email's case, carrying only id and session version", async () => {
      const user = await authorizeCredentials({ email: " Alex@Example.com", password: "correct horse battery" }, headers);
      expect(user).toEqual({ id: expect.any(String), sessionVersion: 1 });
      expect(getBudCustomer).toHaveBeenCalledWith(user?.id);
      const attempts = await testDb.db.select().from(loginAttempts);
      expect(attempts.map(({ ip, succeeded }) => ({ ip, succeeded }))).toEqual([{ ip: ALEX.ip, succeeded: true }]);
    });

    it("answers an unknown email exactly like a wrong password, and counts both", async () => {
      const wrong = await authorizeCredentials({ email: ALEX.email, password: "wrong password!" }, headers);
      const unknown = await authorizeCredentials({ email: "nobody@example.com", password: "wrong password!" }, headers);
      expect(wrong).toBeNull();
      expect(unknown).toBeNull();
      const attempts = await testDb.db.select().from(loginAttempts);
      expect(attempts.map(({ ip, succeeded }) => ({ ip, succeeded }))).toEqual([
        { ip: ALEX.ip, succeeded: false },
        { ip: ALEX.ip, succeeded: false },
      ]);
    });

    it("refuses with the rate-limit message once blocked, even with the right password, and reports the wait", async () => {
      await fail(MAX_FAILURES, { ...ALEX, ip: null }, new Date());
      const { result, retryAfterSeconds } = await captureThrottle(() =>
        authorizeCredentials({ email: ALEX.email, password: "correct horse battery" }, headers).then(
          () => "signed in",
          (error: Error) => error.message,
        ),
      );
      expect(result).toBe("Too many sign-in attempts. Try again in 15 minutes.");
      expect(retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    });
  });
});

describe("clientIp", () => {
  it("reads the one address our server wrote into X-Forwarded-For, and nothing else", () => {
    expect(clientIp({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "2001:db8::1" })).toBe("2001:db8::1");
    // Not written by our server: a list, a name, or another header.
    expect(clientIp({ "x-forwarded-for": "203.0.113.7, 10.0.0.1" })).toBeNull();
    expect(clientIp({ "x-forwarded-for": "<script>" })).toBeNull();
    expect(clientIp({ "x-real-ip": "198.51.100.2" })).toBeNull();
    expect(clientIp(undefined)).toBeNull();
  });
});
