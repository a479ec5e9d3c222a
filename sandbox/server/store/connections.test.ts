import { describe, expect, it } from "vitest";
import { SandboxClock } from "../clock";
import { lastConsentedOn, matchesStatus } from "../connect/consents";
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

  it("date consents: 90 days from each grant, reconfirmable while unexpired, due in their last 14 days", async () => {
    const { clock, connections } = await setUp();
    const { connection } = connections.connect(customer, "Natwest_Sandbox");
    expect(connection.consent_expires_at.slice(0, 10)).toBe("2025-06-08");
    expect(lastConsentedOn(connection).slice(0, 10)).toBe("2025-03-10");
    const now = () => clock.now();
    expect([matchesStatus(connection, "active", now()), matchesStatus(connection, "reconfirm_due", now())]).toEqual([true, false]);
    clock.advance(77);
    expect([matchesStatus(connection, "active", now()), matchesStatus(connection, "reconfirm_due", now())]).toEqual([true, true]);
    expect(connections.reconfirm(connection)).toBe(true);
    expect([connection.consent_expires_at.slice(0, 10), lastConsentedOn(connection).slice(0, 10)]).toEqual(["2025-08-24", "2025-05-26"]);
    clock.advance(91);
    expect([matchesStatus(connection, "active", now()), matchesStatus(connection, "all", now())]).toEqual([false, true]);
    expect(connections.reconfirm(connection)).toBe(false); // expired: only the customer can authorise it again
    expect(connections.refresh(connection)).toBe(false); // and it no longer refreshes
  });

  it("revoke keeps the connection (and its data), remove forgets it", async () => {
    const { connections } = await setUp();
    connections.connect(customer, "Natwest_Sandbox");
    connections.connect(customer, "Monzo_Sandbox");
    const events: string[] = [];
    connections.onConsentEvent((event, connection) => events.push(`${event} ${connection.provider}`));
    expect(connections.revoke(customer.customer_id, "Monzo_Sandbox").map((connection) => connection.status)).toEqual(["revoked"]);
    expect(connections.revoke(customer.customer_id, "Monzo_Sandbox")).toEqual([]);
    expect(connections.windows(customer.customer_id).map((window) => window.provider)).toEqual(["Natwest_Sandbox", "Monzo_Sandbox"]);
    connections.remove(customer.customer_id, "Natwest_Sandbox");
    expect(connections.forCustomer(customer.customer_id).map((connection) => connection.provider)).toEqual(["Monzo_Sandbox"]);
    expect(events).toEqual(["open_banking.consent.revoked Monzo_Sandbox", "open_banking.consent.revoked Natwest_Sandbox"]);
  });
});
