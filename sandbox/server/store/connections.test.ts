import { describe, expect, it } from "vitest";
import { SandboxClock } from "../clock";
import { ConnectionRepository } from "./connections";
import type { StoredCustomer } from "./state";
import { Store } from "./store";

const customer = { customer_id: "4b1e2c3d-5f60-4a7b-8c9d-0e1f2a3b4c5d", client_id: "client" } as StoredCustomer;

async function setUp() {
  const store = await Store.open(undefined);
  const clock = new SandboxClock(store, "2025-03-10");
  return { store, clock, connections: new ConnectionRepository(store, clock) };
}

describe("connections", () => {
  it("cover 24 months up to the first sync, and a refresh adds the days since the last one", async () => {
    const { clock, connections } = await setUp();
    const { connection } = connections.connect(customer, "Natwest_Sandbox");
    expect(connections.windows(customer.customer_id)).toEqual([
      { provider: "Natwest_Sandbox", from: "2023-03-10", firstSync: "2025-03-10", through: "2025-03-10" },
    ]);
    expect(connections.refresh(connection)).toBe(false); // nothing new on the same day
    clock.advance(4);
    expect(connections.windows(customer.customer_id)[0]!.through).toBe("2025-03-10"); // time alone adds nothing
    expect(connections.refresh(connection)).toBe(true);
    expect(connections.windows(customer.customer_id)).toEqual([
      { provider: "Natwest_Sandbox", from: "2023-03-10", firstSync: "2025-03-10", through: "2025-03-14" },
    ]);
  });

  it("stop refreshing once revoked, keeping what was fetched", async () => {
    const { clock, connections } = await setUp();
    const { connection } = connections.connect(customer, "Monzo_Sandbox");
    connection.status = "revoked";
    clock.advance(10);
    expect(connections.refresh(connection)).toBe(false);
    expect(connections.windows(customer.customer_id)[0]!.through).toBe("2025-03-10");
  });

  it("are renewed, never duplicated, when the same bank is connected again", async () => {
    const { clock, connections } = await setUp();
    const first = connections.connect(customer, "Barclays_Sandbox");
    first.connection.status = "revoked";
    clock.advance(30);
    const again = connections.connect(customer, "Barclays_Sandbox");
    expect(again).toEqual({ connection: first.connection, created: false });
    expect(again.connection).toMatchObject({ status: "active", first_synced_on: "2025-03-10", consent_expires_at: expect.stringMatching(/^2025-07-08T/) });
    expect(connections.forCustomer(customer.customer_id)).toHaveLength(1);
  });
});
