import { beforeEach, describe, expect, it, vi } from "vitest";
import { authorizeCredentials } from "@/lib/auth/authorize";
import { clientIp } from "@/lib/auth/client-ip";
import { hashPassword } from "@/lib/auth/password";
import { checkSignIn, MAX_FAILURES, recordSignIn, WINDOW_MS } from "@/lib/auth/rate-limit";
import { loginAttempts } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";

const getBudCustomer = vi.hoisted(() => vi.fn(async () => ({ customerId: "customer-1", customerSecret: null })));
vi.mock("@/lib/customer-link", () => ({ getBudCustomer }));

const T0 = new Date("2026-03-01T12:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const ALEX = { email: "alex@example.com", ip: "203.0.113.7" };

async function fail(times: number, source: { email: string; ip: string | null }, when = T0) {
  for (let i = 0; i < times; i += 1) await recordSignIn({ ...source, succeeded: false }, when);
}

describe.each(testEngines())("sign-in rate limiting on %s", (engine) => {
  const testDb = setUpTestDb(engine);

  it("blocks an email after 10 failures in 15 minutes, from any address, saying for how long", async () => {
    await fail(MAX_FAILURES - 1, ALEX);
    expect(await checkSignIn(ALEX, at(1))).toEqual({ allowed: true });
    await fail(1, { ...ALEX, ip: "198.51.100.1" });
    expect(await checkSignIn({ ...ALEX, ip: "192.0.2.99" }, at(1))).toEqual({
      allowed: false,
      retryAfterMinutes: 14,
      message: "Too many sign-in attempts. Try again in 14 minutes.",
    });
    expect(await checkSignIn({ ...ALEX, ip: null }, at(14.5))).toMatchObject({
      message: "Too many sign-in attempts. Try again in 1 minute.",
    });
  });

  it("counts minutes from the oldest failure in the window", async () => {
    await fail(1, ALEX, at(0));
    await fail(MAX_FAILURES - 1, ALEX, at(5));
    expect(await checkSignIn(ALEX, at(6))).toMatchObject({ retryAfterMinutes: 9 });
    expect(await checkSignIn(ALEX, at(15.01))).toEqual({ allowed: true });
  });

  it("lifts the block once the failures leave the window", async () => {
    await fail(MAX_FAILURES, ALEX);
    expect(await checkSignIn(ALEX, at(14.99))).toMatchObject({ allowed: false });
    expect(await checkSignIn(ALEX, new Date(T0.getTime() + WINDOW_MS))).toEqual({ allowed: true });
  });

  it("blocks an address that fails across many emails, and a success does not reset it", async () => {
    for (let i = 0; i < MAX_FAILURES; i += 1) await fail(1, { email: `guess${i}@example.com`, ip: ALEX.ip });
    await recordSignIn({ email: "attacker@example.com", ip: ALEX.ip, succeeded: true }, at(1));
    expect(await checkSignIn({ email: "someone@example.com", ip: ALEX.ip }, at(2))).toMatchObject({
      allowed: false,
      retryAfterMinutes: 13,
    });
    expect(await checkSignIn({ email: "someone@example.com", ip: "198.51.100.1" }, at(2))).toEqual({ allowed: true });
  });

  it("resets an email's count when that account signs in successfully", async () => {
    await fail(MAX_FAILURES - 1, ALEX);
    await recordSignIn({ ...ALEX, succeeded: true }, at(1));
    await fail(MAX_FAILURES - 1, { ...ALEX, ip: null }, at(2));
    expect(await checkSignIn({ ...ALEX, ip: null }, at(3))).toEqual({ allowed: true });
  });

  it("prunes attempts that have left the window, and stores no email address", async () => {
    await fail(3, ALEX, at(0));
    await fail(1, ALEX, at(20));
    const rows = await testDb.db.select().from(loginAttempts);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.emailKey).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain("alex");
  });

  describe("authorizeCredentials", () => {
    const headers = { "x-forwarded-for": `${ALEX.ip}, 10.0.0.1` };
    beforeEach(async () => {
      await insertTestUser(testDb.db, { passwordHash: await hashPassword("correct horse battery") });
    });

    it("signs in with the right password, whatever the email's case, carrying only id and session version", async () => {
      const user = await authorizeCredentials({ email: " Alex@Example.com", password: "correct horse battery" }, headers);
      expect(user).toEqual({ id: expect.any(String), sessionVersion: 1 });
      expect(getBudCustomer).toHaveBeenCalledWith(user?.id);
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

    it("refuses with the rate-limit message once blocked, even with the right password", async () => {
      await fail(MAX_FAILURES, { ...ALEX, ip: null }, new Date());
      await expect(
        authorizeCredentials({ email: ALEX.email, password: "correct horse battery" }, headers),
      ).rejects.toThrow(/^Too many sign-in attempts\. Try again in 15 minutes\.$/);
    });
  });
});

describe("clientIp", () => {
  it("takes the first X-Forwarded-For hop, then X-Real-IP, and only real addresses", () => {
    expect(clientIp({ "x-forwarded-for": " 203.0.113.7 , 10.0.0.1" })).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "2001:db8::1" })).toBe("2001:db8::1");
    expect(clientIp({ "x-forwarded-for": "unknown", "x-real-ip": "198.51.100.2" })).toBe("198.51.100.2");
    expect(clientIp({ "x-forwarded-for": "<script>" })).toBeNull();
    expect(clientIp({})).toBeNull();
    expect(clientIp(undefined)).toBeNull();
  });
});
