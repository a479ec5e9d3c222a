import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import {
  issueResetToken,
  requestPasswordReset,
  resetPassword,
  RESET_REQUESTS_PER_ADDRESS,
  RESET_REQUESTS_PER_EMAIL,
  RESET_TOKEN_TTL_MS,
  revokeResetTokens,
} from "@/lib/auth/password-reset";
import { mailOutbox, passwordResetTokens, users } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { DEMO_USERS } from "@/lib/demo/demo-users";
import { configureLog } from "@/lib/log";
import { listOutbox } from "@/lib/mail/outbox";
import { RESET_TOKEN } from "@/lib/rules/password-reset";

const T0 = new Date("2026-03-01T12:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const NEW_PASSWORD = "a brand new passphrase";
const linkFor = (token: string) => `https://budgie.example.com/reset-password?token=${token}`;

beforeAll(() => configureLog({ level: "silent" }));
afterAll(() => configureLog({ level: "info" }));

describe.each(testEngines())("password reset tokens on %s", (engine) => {
  const testDb = setUpTestDb(engine);
  let userId: string;
  let passwordHash: string;
  beforeAll(async () => {
    passwordHash = await hashPassword("the old passphrase");
  });
  beforeEach(async () => {
    userId = (await insertTestUser(testDb.db, { passwordHash })).id;
  });

  const storedTokens = () => testDb.db.select().from(passwordResetTokens);
  const user = async () => (await testDb.db.select().from(users).where(eq(users.id, userId)))[0]!;

  it("issues a CSPRNG token that is stored only as its SHA-256, valid for 30 minutes", async () => {
    const token = await issueResetToken(userId, T0);
    expect(token).toMatch(RESET_TOKEN);
    const [stored] = await storedTokens();
    expect(stored!.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(await storedTokens())).not.toContain(token);
    expect(stored!.expiresAt.getTime() - T0.getTime()).toBe(RESET_TOKEN_TTL_MS);
    expect(await issueResetToken(userId, T0)).not.toBe(token);
  });

  it("sets the new password once, ends every session, and spends the user's other links too", async () => {
    const token = await issueResetToken(userId, T0);
    const other = await issueResetToken(userId, T0);
    expect(await resetPassword(token, NEW_PASSWORD, at(5))).toBe(true);
    const after = await user();
    expect(await verifyPassword(NEW_PASSWORD, after.passwordHash)).toBe(true);
    expect(after.sessionVersion).toBe(2);
    expect(await resetPassword(token, "another new passphrase", at(6))).toBe(false);
    expect(await resetPassword(other, "another new passphrase", at(6))).toBe(false);
    expect(await verifyPassword(NEW_PASSWORD, (await user()).passwordHash)).toBe(true);
  });

  it("refuses an expired or unknown token and changes nothing", async () => {
    const token = await issueResetToken(userId, T0);
    expect(await resetPassword(token, NEW_PASSWORD, at(30))).toBe(false);
    expect(await resetPassword("A".repeat(43), NEW_PASSWORD, at(1))).toBe(false);
    expect((await user()).passwordHash).toBe(passwordHash);
    expect((await user()).sessionVersion).toBe(1);
  });

  it("lets only one of two simultaneous uses of a token succeed", async () => {
    const token = await issueResetToken(userId, T0);
    const outcomes = await Promise.all([resetPassword(token, NEW_PASSWORD, at(1)), resetPassword(token, "the other passphrase", at(1))]);
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect((await user()).sessionVersion).toBe(2);
  });

  it("prunes expired tokens, and forgets a user's links when asked (an email change)", async () => {
    await issueResetToken(userId, T0);
    await issueResetToken(userId, at(31));
    expect(await storedTokens()).toHaveLength(1);
    await revokeResetTokens(userId);
    expect(await storedTokens()).toHaveLength(0);
  });

  it("mails a link to a known address, and answers an unknown one the same way without mail", async () => {
    const known = await requestPasswordReset({ email: "alex@example.com", ip: "203.0.113.7", linkFor }, T0);
    const unknown = await requestPasswordReset({ email: "nobody@example.com", ip: "203.0.113.7", linkFor }, T0);
    expect(known).toEqual({ allowed: true, delivery: expect.any(Promise) });
    expect(unknown).toEqual({ allowed: true, delivery: expect.any(Promise) });
    await Promise.all([known.allowed && known.delivery, unknown.allowed && unknown.delivery]);
    const mails = await listOutbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ to: "alex@example.com", subject: "Reset your Budgie password" });
    const token = /token=([A-Za-z0-9_-]{43})/.exec(mails[0]!.text)?.[1];
    expect(await resetPassword(token!, NEW_PASSWORD, at(1))).toBe(true);
  });

  it("never mails a shared demo user's reset link: everyone signs in with that password", async () => {
    const demo = DEMO_USERS[0]!;
    await insertTestUser(testDb.db, { id: demo.id, email: demo.email });
    const answer = await requestPasswordReset({ email: demo.email, ip: null, linkFor }, T0);
    expect(answer.allowed).toBe(true);
    expect(await testDb.db.select().from(mailOutbox)).toEqual([]);
    expect(await storedTokens()).toEqual([]);
  });

  it(`allows ${RESET_REQUESTS_PER_EMAIL} requests per email in 15 minutes, whether or not it has an account`, async () => {
    for (const email of ["alex@example.com", "nobody@example.com"]) {
      for (let i = 0; i < RESET_REQUESTS_PER_EMAIL; i++) {
        expect((await requestPasswordReset({ email, ip: `198.51.100.${i}`, linkFor }, at(i))).allowed).toBe(true);
      }
      const refused = await requestPasswordReset({ email, ip: "198.51.100.99", linkFor }, at(5));
      expect(refused).toMatchObject({ allowed: false, message: expect.stringMatching(/^Too many password reset requests/) });
      expect((await requestPasswordReset({ email, ip: "198.51.100.99", linkFor }, at(16))).allowed).toBe(true);
    }
    // Refused requests issue nothing: three links, then one more after the window.
    expect(await storedTokens()).toHaveLength(RESET_REQUESTS_PER_EMAIL + 1);
  });

  it(`allows ${RESET_REQUESTS_PER_ADDRESS} requests per client address in 15 minutes, across emails`, async () => {
    const ip = "203.0.113.50";
    for (let i = 0; i < RESET_REQUESTS_PER_ADDRESS; i++) {
      expect((await requestPasswordReset({ email: `person${i}@example.com`, ip, linkFor }, T0)).allowed).toBe(true);
    }
    expect((await requestPasswordReset({ email: "alex@example.com", ip, linkFor }, T0)).allowed).toBe(false);
    const elsewhere = await requestPasswordReset({ email: "alex@example.com", ip: "203.0.113.51", linkFor }, T0);
    expect(elsewhere.allowed).toBe(true);
    await (elsewhere.allowed && elsewhere.delivery);
  });
});
