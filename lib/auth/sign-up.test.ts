import { describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { signUp } from "@/lib/auth/sign-up";
import { users } from "@/lib/db/schema";
import { setUpTestDb, testEngines } from "@/lib/db/testing";

// Linking the Bud customer is covered by lib/customer-link.test.ts; here Bud hosts secrets and always answers.
vi.mock("@/lib/bud/customers", () => ({
  createCustomer: async () => ({ customerId: crypto.randomUUID(), customerSecret: null, created: true }),
  deleteCustomer: async () => undefined,
}));

const valid = { name: "  Alex Morgan ", email: " Alex@Example.com ", password: "correct horse battery" };

describe.each(testEngines())("signUp on %s", (engine) => {
  const testDb = setUpTestDb(engine);

  it("stores the name trimmed, the email normalised and the password hashed", async () => {
    const result = await signUp(valid);
    expect(result).toEqual({ ok: true, userId: expect.any(String) });
    const [user] = await testDb.db.select().from(users);
    expect(user).toMatchObject({ name: "Alex Morgan", email: "alex@example.com", sessionVersion: 1 });
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(valid.password, user?.passwordHash ?? "")).toBe(true);
  });

  it("answers email_taken for the same address in any case", async () => {
    await signUp(valid);
    expect(await signUp({ ...valid, email: "ALEX@example.COM" })).toEqual({ ok: false, error: "email_taken" });
    expect(await testDb.db.select().from(users)).toHaveLength(1);
  });

  it("lets exactly one of two simultaneous sign-ups with one address win", async () => {
    const results = await Promise.all([signUp(valid), signUp({ ...valid, email: "alex@example.com" })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, error: "email_taken" }]);
  });

  it("explains invalid input per field and creates nothing", async () => {
    const result = await signUp({ name: " ", email: "not-an-email", password: "short" });
    expect(result).toEqual({
      ok: false,
      error: "invalid_input",
      fieldErrors: {
        name: "Enter your name.",
        email: "Enter a valid email address.",
        password: "Use 12 to 128 characters.",
      },
    });
    expect(await signUp({ ...valid, name: "x".repeat(101) })).toMatchObject({
      fieldErrors: { name: "Use at most 100 characters." },
    });
    // PostgreSQL refuses U+0000 in text: this was a 500 before names were checked for control characters.
    expect(await signUp({ ...valid, name: "Al\u0000ex" })).toMatchObject({
      fieldErrors: { name: "Remove the hidden control characters (such as tabs or line breaks)." },
    });
    expect(await signUp({ ...valid, password: " ".repeat(12) })).toMatchObject({
      fieldErrors: { password: "Use some characters other than spaces." },
    });
    expect(await testDb.db.select().from(users)).toEqual([]);
  });
});
