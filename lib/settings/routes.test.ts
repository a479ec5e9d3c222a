import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DELETE as deleteAccountRoute, PATCH as updateProfileRoute } from "@/app/api/me/route";
import { PUT as changePasswordRoute } from "@/app/api/me/password/route";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { signInAs } from "@/lib/api/testing/session";
import { BudError } from "@/lib/bud/errors";
import { users } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { DEMO_USERS } from "@/lib/demo/demo-users";
import { configureLog } from "@/lib/log";

/*
 * The settings routes as the browser calls them, on a real database: bad input is a 400 naming its fields, a
 * wrong current password is a field error, and in every refused case nothing changes. Only the session (the one
 * input routes trust) and the Bud customer calls are faked.
 */

vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<object>()),
  getCurrentUser: (await import("@/lib/api/testing/session")).fakeCurrentUser,
}));
const bud = vi.hoisted(() => ({ deleteCustomer: vi.fn(async () => undefined) }));
vi.mock("@/lib/customer-link", () => ({ getBudCustomer: async () => ({ customerId: "customer-1", customerSecret: null }) }));
vi.mock("@/lib/bud/customers", () => ({ deleteCustomer: bud.deleteCustomer }));

const PASSWORD = "the current passphrase";
type Handler = (request: NextRequest, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, method: string, body: unknown) {
  const request = new NextRequest("http://localhost/api/me", {
    method,
    headers: { origin: "http://localhost", "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve({}) });
  return { status: response.status, json: (await response.json()) as { error?: { code: string; fields?: Record<string, string> } } };
}

beforeAll(() => configureLog({ level: "silent" }));
afterAll(() => configureLog({ level: "info" }));

describe.each(testEngines())("settings routes on %s", (engine) => {
  const testDb = setUpTestDb(engine);
  let passwordHash: string;
  let user: { id: string; email: string; name: string };
  beforeAll(async () => {
    passwordHash = await hashPassword(PASSWORD);
  });
  beforeEach(async () => {
    const row = await insertTestUser(testDb.db, { passwordHash });
    user = { id: row.id, email: row.email, name: row.name };
    signInAs(user);
    bud.deleteCustomer.mockReset();
  });

  const stored = async () => (await testDb.db.select().from(users).where(eq(users.id, user.id)))[0];
  const unchanged = async () =>
    expect(await stored()).toMatchObject({ email: "alex@example.com", name: "Alex Morgan", passwordHash, sessionVersion: 1 });

  describe("PATCH /api/me (profile)", () => {
    it("answers bad input with a 400 naming each field, and changes nothing", async () => {
      const answer = await call(updateProfileRoute, "PATCH", { name: " ", email: "not an email" });
      expect(answer.status).toBe(400);
      expect(answer.json.error).toMatchObject({ code: "invalid_input", fields: { name: "Enter your name.", email: "Enter a valid email address." } });
      await unchanged();
    });

    it("renames without a password, and needs the current password to change the email", async () => {
      expect((await call(updateProfileRoute, "PATCH", { name: "Alex M", email: user.email })).json).toEqual({ name: "Alex M", email: user.email });
      const answer = await call(updateProfileRoute, "PATCH", { name: "Alex M", email: "new@example.com" });
      expect(answer.status).toBe(400);
      expect(answer.json.error?.fields).toEqual({ currentPassword: "Enter your current password to change your email." });
      expect(await stored()).toMatchObject({ email: "alex@example.com" });
    });

    it("answers a wrong current password on its field and keeps the email", async () => {
      const answer = await call(updateProfileRoute, "PATCH", { name: user.name, email: "new@example.com", currentPassword: "a wrong guess" });
      expect(answer.status).toBe(400);
      expect(answer.json.error?.fields).toEqual({ currentPassword: "The current password is not correct." });
      await unchanged();
    });

    it("answers an email another account uses with a 409 on the email field", async () => {
      await insertTestUser(testDb.db, { email: "taken@example.com" });
      const answer = await call(updateProfileRoute, "PATCH", { name: user.name, email: "Taken@Example.com", currentPassword: PASSWORD });
      expect(answer.status).toBe(409);
      expect(answer.json.error).toMatchObject({ code: "email_taken", fields: { email: "Another account already uses this email." } });
      await unchanged();
    });

    it("moves the account to a new email with the right password", async () => {
      const answer = await call(updateProfileRoute, "PATCH", { name: user.name, email: " New@Example.com ", currentPassword: PASSWORD });
      expect(answer).toEqual({ status: 200, json: { name: user.name, email: "new@example.com" } });
      expect(await stored()).toMatchObject({ email: "new@example.com" });
    });

    it("refuses a shared demo user's email change with the sentence that offers sign-up", async () => {
      const demo = DEMO_USERS[0]!;
      await insertTestUser(testDb.db, { id: demo.id, email: demo.email, passwordHash });
      signInAs({ id: demo.id, email: demo.email, name: demo.name });
      const answer = await call(updateProfileRoute, "PATCH", { name: demo.name, email: "mine@example.com", currentPassword: PASSWORD });
      expect(answer.status).toBe(403);
      expect(answer.json.error).toMatchObject({ code: "demo_user", message: expect.stringContaining("Create your own account") });
    });
  });

  describe("PUT /api/me/password", () => {
    it("answers a new password that breaks the rules on its field, and changes nothing", async () => {
      const answer = await call(changePasswordRoute, "PUT", { currentPassword: PASSWORD, newPassword: "short" });
      expect(answer.status).toBe(400);
      expect(answer.json.error?.fields).toEqual({ newPassword: "Use 12 to 128 characters." });
      await unchanged();
    });

    it("answers a wrong current password on its field, and changes nothing", async () => {
      const answer = await call(changePasswordRoute, "PUT", { currentPassword: "a wrong guess", newPassword: "a brand new passphrase" });
      expect(answer.status).toBe(400);
      expect(answer.json.error?.fields).toEqual({ currentPassword: "The current password is not correct." });
      await unchanged();
    });

    it("changes the password and ends every session", async () => {
      const answer = await call(changePasswordRoute, "PUT", { currentPassword: PASSWORD, newPassword: "a brand new passphrase" });
      expect(answer).toEqual({ status: 200, json: { done: true } });
      const after = await stored();
      expect(await verifyPassword("a brand new passphrase", after!.passwordHash)).toBe(true);
      expect(after!.sessionVersion).toBe(2);
    });
  });

  describe("DELETE /api/me (delete the account)", () => {
    it("needs the account's own email typed, and deletes nothing otherwise", async () => {
      const answer = await call(deleteAccountRoute, "DELETE", { email: "someone@example.com" });
      expect(answer.status).toBe(400);
      expect(answer.json.error?.fields).toEqual({ email: expect.stringContaining("isn’t your account’s email") });
      expect(bud.deleteCustomer).not.toHaveBeenCalled();
      await unchanged();
    });

    it("deletes nothing locally when Bud's deletion fails, and says Bud failed", async () => {
      bud.deleteCustomer.mockRejectedValue(new BudError("unavailable", "DELETE /platform/v3/customers/{customer_id}"));
      const answer = await call(deleteAccountRoute, "DELETE", { email: "ALEX@example.com" });
      expect(answer.status).toBe(503);
      expect(answer.json.error?.code).toBe("upstream_unavailable");
      await unchanged();
    });

    it("deletes the Bud customer, then the user; a customer Bud already deleted counts as deleted", async () => {
      bud.deleteCustomer.mockRejectedValue(new BudError("not_found", "DELETE /platform/v3/customers/{customer_id}"));
      expect(await call(deleteAccountRoute, "DELETE", { email: user.email })).toEqual({ status: 200, json: { done: true } });
      expect(bud.deleteCustomer).toHaveBeenCalledWith("customer-1");
      expect(await stored()).toBeUndefined();
    });

    it("refuses a shared demo user before calling Bud", async () => {
      const demo = DEMO_USERS[0]!;
      await insertTestUser(testDb.db, { id: demo.id, email: demo.email });
      signInAs({ id: demo.id, email: demo.email, name: demo.name });
      const answer = await call(deleteAccountRoute, "DELETE", { email: demo.email });
      expect(answer.status).toBe(403);
      expect(answer.json.error?.code).toBe("demo_user");
      expect(bud.deleteCustomer).not.toHaveBeenCalled();
    });
  });
});
