import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { signUp } from "@/lib/auth/sign-up";
import { ensureBudCustomer, getBudCustomer } from "@/lib/customer-link";
import { budCustomers } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";

/**
 * A faithful fake of Bud's customer endpoints: the same idempotent identifier answers with the same live customer
 * (created=false), the secret is given only on first creation and only when Bud does not host it, and deleted
 * customers no longer match their identifier.
 */
const bud = vi.hoisted(() => {
  interface FakeCustomer {
    customerId: string;
    identifier: string;
    secret: string | null;
    deleted: boolean;
  }
  const state = {
    hosted: false,
    customers: [] as FakeCustomer[],
    /** Set to make the next createCustomer succeed at Bud but fail before we hear back (crash, lost reply). */
    loseNextReply: false,
  };
  return {
    state,
    live: () => state.customers.filter((customer) => !customer.deleted),
    reset(hosted: boolean) {
      Object.assign(state, { hosted, customers: [], loseNextReply: false });
    },
    async createCustomer({ idempotentIdentifier }: { idempotentIdentifier: string }) {
      const existing = state.customers.find((c) => c.identifier === idempotentIdentifier && !c.deleted);
      const customer = existing ?? {
        customerId: crypto.randomUUID(),
        identifier: idempotentIdentifier,
        secret: state.hosted ? null : crypto.randomUUID().replaceAll("-", ""),
        deleted: false,
      };
      if (!existing) state.customers.push(customer);
      if (state.loseNextReply) {
        state.loseNextReply = false;
        throw new Error("connection reset after Bud created the customer");
      }
      return {
        customerId: customer.customerId,
        customerSecret: existing ? null : customer.secret,
        created: !existing,
        secretHosted: state.hosted,
      };
    },
    async deleteCustomer(customerId: string) {
      const customer = state.customers.find((c) => c.customerId === customerId && !c.deleted);
      if (!customer) throw new Error("404 customer not found");
      customer.deleted = true;
    },
  };
});

// Late-bound, so a test can spy on the fake.
vi.mock("@/lib/bud/customers", () => ({
  createCustomer: (input: { idempotentIdentifier: string }) => bud.createCustomer(input),
  deleteCustomer: (customerId: string) => bud.deleteCustomer(customerId),
}));

const PASSWORD = "correct horse battery";

describe.each(testEngines())("Bud customer links on %s", (engine) => {
  const testDb = setUpTestDb(engine);

  /** After the app has linked the user: exactly one live customer at Bud, the linked one, usable (with its secret unless hosted). */
  async function expectOneUsableCustomer(userId: string) {
    const linked = await getBudCustomer(userId);
    const live = bud.live();
    expect(live).toHaveLength(1);
    expect(live[0]?.identifier).toBe(userId);
    expect(linked).toEqual({ customerId: live[0]?.customerId, customerSecret: live[0]?.secret });
    const rows = await testDb.db.select().from(budCustomers);
    expect(rows).toHaveLength(1);
    if (linked.customerSecret) expect(rows[0]?.secretCiphertext).not.toContain(linked.customerSecret);
  }

  /** Makes the link's insert fail at the database, as an outage between Bud's answer and the write would. */
  async function failLinkWrites(failing: boolean) {
    await testDb.db.execute(
      failing
        ? sql`alter table bud_customers add constraint injected_failure check (false) not valid`
        : sql`alter table bud_customers drop constraint injected_failure`,
    );
  }

  describe.each([
    { mode: "secret returned", hosted: false },
    { mode: "hosted by Bud", hosted: true },
  ])("$mode", ({ hosted }) => {
    beforeEach(() => bud.reset(hosted));

    it("links the new user's customer at sign-up", async () => {
      const result = await signUp({ name: "Alex", email: "alex@example.com", password: PASSWORD });
      if (!result.ok) throw new Error(result.error);
      const [row] = await testDb.db.select().from(budCustomers);
      expect(row?.keyId === null).toBe(hosted);
      expect(row?.secretCiphertext === null).toBe(hosted);
      await expectOneUsableCustomer(result.userId);
    });

    it("leaves no orphan when the reply from Bud is lost after it created the customer", async () => {
      bud.state.loseNextReply = true;
      const result = await signUp({ name: "Alex", email: "alex@example.com", password: PASSWORD });
      if (!result.ok) throw new Error(result.error);
      expect(await testDb.db.select().from(budCustomers)).toEqual([]);
      expect(bud.live()).toHaveLength(1);
      const [createdFirst] = bud.live();
      await expectOneUsableCustomer(result.userId);
      // A hosted secret was never lost, so that customer is kept; otherwise it was replaced.
      expect(bud.live()[0]?.customerId === createdFirst?.customerId).toBe(hosted);
    });

    it("leaves no orphan when the database fails between creating the customer and storing the link", async () => {
      await failLinkWrites(true);
      const result = await signUp({ name: "Alex", email: "alex@example.com", password: PASSWORD });
      await failLinkWrites(false);
      if (!result.ok) throw new Error(result.error);
      expect(await testDb.db.select().from(budCustomers)).toEqual([]);
      await expectOneUsableCustomer(result.userId);
    });

    it("creates one customer when several requests link the same user at once", async () => {
      const { id: userId } = await insertTestUser(testDb.db);
      const results = await Promise.all([getBudCustomer(userId), ensureBudCustomer(userId), getBudCustomer(userId)]);
      expect(new Set(results.map((customer) => customer.customerId)).size).toBe(1);
      await expectOneUsableCustomer(userId);
    });
  });

  it("replaces a customer whose secret was lost, and says so when Bud keeps answering with it", async () => {
    bud.reset(false);
    const { id: userId } = await insertTestUser(testDb.db);
    await bud.createCustomer({ idempotentIdentifier: userId }); // created earlier; its secret never stored
    const stuck = vi.spyOn(bud, "deleteCustomer").mockResolvedValueOnce(undefined); // Bud "deletes" nothing
    try {
      await expect(ensureBudCustomer(userId)).rejects.toThrow(/still returns the deleted customer/);
      expect(stuck).toHaveBeenCalledOnce();
    } finally {
      stuck.mockRestore();
    }
    expect(await testDb.db.select().from(budCustomers).where(eq(budCustomers.userId, userId))).toEqual([]);
  });

  it("refuses to create a customer for a user that does not exist", async () => {
    bud.reset(false);
    await expect(ensureBudCustomer(randomUUID())).rejects.toThrow(/no user/);
    expect(bud.state.customers).toEqual([]);
  });
});
