/**
 * Connections: the banks each customer has connected, the seam every financial endpoint reads (a customer's data
 * is the union of its connected banks' data). Bud Connect, refresh, consents and provider deletion build on it;
 * the control API attaches banks directly for tests.
 */
import { randomUUID } from "node:crypto";
import { firstSyncWindow } from "../../data/connection-window";
import type { ConnectionWindow, DemoCustomer } from "../../data/world";
import type { SandboxClock } from "../clock";
import { isoSeconds } from "../http/dates";
import type { StoredConnection, StoredCustomer } from "./state";
import type { Store } from "./store";

/** Consents last 90 days from when they are given or renewed. */
export const CONSENT_DAYS = 90;

export class ConnectionRepository {
  constructor(
    private readonly store: Store,
    private readonly clock: SandboxClock,
  ) {}

  /** The customer's connections in the order they were made. */
  forCustomer(customerId: string): StoredConnection[] {
    return Object.values(this.store.state.connections).filter((connection) => connection.customer_id === customerId);
  }

  /**
   * Connects a bank, fetching its history up to today. Connecting a bank that is already connected renews that
   * connection (active again, a new 90-day consent, data brought up to today) and never duplicates its accounts.
   */
  connect(customer: StoredCustomer, provider: string): { connection: StoredConnection; created: boolean } {
    const now = this.clock.now();
    const existing = this.forCustomer(customer.customer_id).find((connection) => connection.provider === provider);
    if (existing) {
      Object.assign(existing, { status: "active", consent_expires_at: consentExpiry(now), last_refreshed_at: isoSeconds(new Date(now)) });
      this.store.changed();
      return { connection: existing, created: false };
    }
    const window = firstSyncWindow(provider, this.clock.today());
    const connection: StoredConnection = {
      consent_id: randomUUID(),
      customer_id: customer.customer_id,
      client_id: customer.client_id,
      provider,
      status: "active",
      created_at: isoSeconds(new Date(now)),
      consent_expires_at: consentExpiry(now),
      history_from: window.from,
      first_synced_on: window.firstSync,
      last_refreshed_at: isoSeconds(new Date(now)),
    };
    this.store.state.connections[connection.consent_id] = connection;
    this.store.changed();
    return { connection, created: true };
  }

  /**
   * Bud's refresh for one connection: an active connection's data is brought up to today, adding exactly the days
   * since its last refresh. A revoked consent no longer refreshes (its data stays readable). Answers whether the
   * data moved on.
   */
  refresh(connection: StoredConnection): boolean {
    const now = this.clock.now();
    if (connection.status !== "active" || connection.last_refreshed_at.slice(0, 10) >= this.clock.today()) return false;
    connection.last_refreshed_at = isoSeconds(new Date(now));
    this.store.changed();
    return true;
  }

  /** What the world generates for this customer: one window per connected bank. */
  windows(customerId: string): ConnectionWindow[] {
    return this.forCustomer(customerId).map((connection) => ({
      provider: connection.provider,
      from: connection.history_from,
      firstSync: connection.first_synced_on,
      through: connection.last_refreshed_at.slice(0, 10), // isoSeconds writes UTC, so this is the UTC date
    }));
  }

  /**
   * Connects the demo customers' own banks once per state, and at every start brings their active connections
   * up to today, so the shared demo always shows recent data however long a state directory lives.
   */
  seedDemoConnections(demoCustomers: readonly DemoCustomer[], customers: (customerId: string) => StoredCustomer | undefined): void {
    const { state } = this.store;
    for (const demo of demoCustomers) {
      const customer = customers(demo.customerId);
      if (!customer) continue;
      if (!state.demo_connections_seeded) for (const provider of demo.providers) this.connect(customer, provider);
      for (const connection of this.forCustomer(demo.customerId)) this.refresh(connection);
    }
    state.demo_connections_seeded = true;
    this.store.changed();
  }
}

function consentExpiry(now: number): string {
  return isoSeconds(new Date(now + CONSENT_DAYS * 24 * 60 * 60 * 1000));
}
