import { afterEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { getBudCustomer } from "@/lib/customer-link";
import { budCustomers, users } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/demo/demo-users";
import { seedDemoUsers } from "@/lib/demo/seed";
import { resetEnvCacheForTests } from "@/lib/env";

// Seeding links to customers that already exist in the stand-in: Bud must never be called.
vi.mock("@/lib/bud/customers", () => ({
  createCustomer: () => Promise.reject(new Error("seeding must not create Bud customers")),
  deleteCustomer: () => Promise.reject(new Error("seeding must not delete Bud customers")),
}));

const setDemo = (demo: boolean) => {
  vi.stubEnv("BUDGIE_DEMO", String(demo));
  resetEnvCacheForTests();
};

describe.each(testEngines())("seedDemoUsers on %s", (engine) => {
  const testDb = setUpTestDb(engine);
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCacheForTests();
  });

  it("does nothing outside demo mode", async () => {
    setDemo(false);
    await seedDemoUsers();
    expect(await testDb.db.select().from(users)).toEqual([]);
  });

  it("creates each demo user with its fixed id, linked to its stand-in customer", async () => {
    setDemo(true);
    await seedDemoUsers();
    const seeded = await testDb.db.select().from(users);
    expect(seeded.map(({ id, email, name }) => ({ id, email, name })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      DEMO_USERS.map(({ id, email, name }) => ({ id, email, name })).sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(seeded.find((user) => user.email === "demo@budgie.test")?.name).toBe("Alex Morgan");
    expect(await verifyPassword(DEMO_PASSWORD, seeded[0]?.passwordHash ?? "")).toBe(true);
    for (const user of DEMO_USERS) expect(await getBudCustomer(user.id)).toEqual(user.customer);
  });

  it("is idempotent, also when two instances seed at the same moment", async () => {
    setDemo(true);
    await Promise.all([seedDemoUsers(), seedDemoUsers()]);
    const before = await testDb.db.select().from(budCustomers);
    await seedDemoUsers();
    expect(await testDb.db.select().from(users)).toHaveLength(DEMO_USERS.length);
    expect(await testDb.db.select().from(budCustomers)).toEqual(before);
  });

  it("leaves a real account that already uses a demo address alone", async () => {
    setDemo(true);
    await insertTestUser(testDb.db, { email: "demo@budgie.test" });
    await seedDemoUsers();
    const links = await testDb.db.select().from(budCustomers);
    expect(links).toHaveLength(DEMO_USERS.length - 1);
    expect(links.map((link) => link.userId)).not.toContain(DEMO_USERS[0]?.id);
  });
});
