import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { revokeAllSessions } from "@/lib/auth/revoke";
import { getCurrentUser } from "@/lib/auth/session";
import { readSessionToken } from "@/lib/auth/session-token";
import { SecretDecryptionError } from "@/lib/crypto/secret-box";
import { getBudCustomer, linkRow } from "@/lib/customer-link";
import { budCustomers } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";

/*
 * The hot path of every authenticated request: the session and the customer link are read together, once per
 * request. Next gives each request its own cookie store; here each "request" is a fresh object.
 */
const request = vi.hoisted(() => ({ current: {} as object }));
vi.mock("next/headers", () => ({ cookies: () => Promise.resolve(request.current) }));
vi.mock("@/lib/auth/session-token", () => ({ readSessionToken: vi.fn() }));
const token = vi.mocked(readSessionToken);

const newRequest = () => {
  request.current = {};
};

describe.each(testEngines())("a request's session on %s", (engine) => {
  const testDb = setUpTestDb(engine);
  let userId: string;
  beforeEach(async () => {
    newRequest();
    token.mockClear();
    userId = (await insertTestUser(testDb.db)).id;
    await testDb.db.insert(budCustomers).values(linkRow(userId, { customerId: "customer-1", customerSecret: "secret-1" }));
    token.mockResolvedValue({ userId, sessionVersion: 1 });
  });

  it("reads the session once per request, and the customer link with it", async () => {
    expect(await getCurrentUser()).toMatchObject({ id: userId });
    // Gone from the table, yet still known to this request: it was read in the session's statement.
    await testDb.db.delete(budCustomers).where(eq(budCustomers.userId, userId));
    expect(await getBudCustomer(userId)).toEqual({ customerId: "customer-1", customerSecret: "secret-1" });
    expect(await getCurrentUser()).toMatchObject({ id: userId });
    expect(token).toHaveBeenCalledTimes(1);
  });

  it("checks the session version again on the next request, so revocation is immediate", async () => {
    expect(await getCurrentUser()).not.toBeNull();
    await revokeAllSessions(userId);
    newRequest();
    expect(await getCurrentUser()).toBeNull();
    expect(token).toHaveBeenCalledTimes(2);
  });

  it("reads another user's link itself rather than using the session's", async () => {
    const other = (await insertTestUser(testDb.db, { email: "sam@example.com" })).id;
    await testDb.db.insert(budCustomers).values(linkRow(other, { customerId: "customer-2", customerSecret: null }));
    await getCurrentUser();
    expect(await getBudCustomer(other)).toEqual({ customerId: "customer-2", customerSecret: null });
  });

  it("never serves a cached secret to a user whose row holds another user's ciphertext", async () => {
    expect((await getBudCustomer(userId)).customerSecret).toBe("secret-1"); // now cached under its ciphertext
    const [own] = await testDb.db.select().from(budCustomers).where(eq(budCustomers.userId, userId));
    const other = (await insertTestUser(testDb.db, { email: "sam@example.com" })).id;
    await testDb.db
      .insert(budCustomers)
      .values({ userId: other, customerId: "customer-2", secretCiphertext: own!.secretCiphertext, keyId: own!.keyId });
    newRequest();
    await expect(getBudCustomer(other)).rejects.toThrow(SecretDecryptionError);
  });
});
