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

/** Consents last 90 days from when they are given, renewed or reconfirmed. */
export const CONSENT_DAYS = 90;

const DAY_MS = 24 * 60 * 60 * 1000;

export type ConsentEvent = "open_banking.consent.reconfirmed" | "open_banking.consent.reauthorised" | "open_banking.consent.revoked";

/** Told about every consent change (the webhooks listen here). */
export type ConsentListener = (event: ConsentEvent, connection: StoredConnection) => void;

export function consentExpired(connection: StoredConnection, now: number): boolean {
  return Date.parse(connection.consent_expires_at) <= now;
}

export class ConnectionRepository {
  private readonly listeners: ConsentListener[] = [];

  constructor(
    private readonly store: Store,
    private readonly clock: SandboxClock,
  ) {}

  onConsentEvent(listener: ConsentListener): void {
    this.listeners.push(listener);
  }

  private emit(event: ConsentEvent, connection: StoredConnection): void {
    for (const listener of this.listeners) listener(event, connection);
  }

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
      delete existing.revoked_at;
      this.store.changed();
      this.emit("open_banking.consent.reauthorised", existing);
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
    if (consentExpired(connection, this.clock.now())) return false;
    return this.bringUpToDate(connection);
  }

  /** Brings an active connection's data up to today, whatever its consent's expiry (the demo's start-up refresh). */
  private bringUpToDate(connection: StoredConnection): boolean {
    const now = this.clock.now();
    if (connection.status !== "active" || connection.last_refreshed_at.slice(0, 10) >= this.clock.today()) return false;
    connection.last_refreshed_at = isoSeconds(new Date(now));
    this.store.changed();
    return true;
  }

  /**
   * Extends an authorised, unexpired consent to 90 days from now. A revoked or expired one cannot be extended
   * without the customer (Bud answers `reconnect_required: true`): false.
   */
  reconfirm(connection: StoredConnection): boolean {
    const now = this.clock.now();
    if (connection.status !== "active" || consentExpired(connection, now)) return false;
    connection.consent_expires_at = consentExpiry(now);
    this.store.changed();
    this.emit("open_banking.consent.reconfirmed", connection);
    return true;
  }

  /** Revokes the customer's consents with `provider` (the data already fetched stays); answers those revoked now. */
  revoke(customerId: string, provider: string): StoredConnection[] {
    const revoked = this.forCustomer(customerId).filter((connection) => connection.provider === provider && connection.status === "active");
    for (const connection of revoked) {
      connection.status = "revoked";
      connection.revoked_at = isoSeconds(new Date(this.clock.now()));
      this.emit("open_banking.consent.revoked", connection);
    }
    this.store.changed();
    return revoked;
  }

  /** Bud's provider deletion: revokes the consent, then forgets the connection, and with it that bank's data. */
  remove(customerId: string, provider: string): void {
    this.revoke(customerId, provider);
    for (const connection of this.forCustomer(customerId)) {
      if (connection.provider === provider) delete this.store.state.connections[connection.consent_id];
    }
    this.store.changed();
  }

  /** Sets a consent's expiry `days` from now (negative: already expired), for the demo and the control API. */
  expireIn(connection: StoredConnection, days: number): void {
    connection.consent_expires_at = isoSeconds(new Date(this.clock.now() + days * DAY_MS));
    this.store.changed();
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
   * up to today, so the shared demo always shows recent data however long a state directory lives; a demo
   * customer's consent story (`consentExpiresInDays`) is told again relative to today.
   */
  seedDemoConnections(demoCustomers: readonly DemoCustomer[], customers: (customerId: string) => StoredCustomer | undefined): void {
    const { state } = this.store;
    for (const demo of demoCustomers) {
      const customer = customers(demo.customerId);
      if (!customer) continue;
      if (!state.demo_connections_seeded) for (const provider of demo.providers) this.connect(customer, provider);
      for (const connection of this.forCustomer(demo.customerId)) {
        this.bringUpToDate(connection);
        const days = demo.consentExpiresInDays?.[connection.provider];
        if (days === undefined) continue;
        // A refresh of the expired consent revokes it (as Bud does); the demo's story starts again at each start.
        connection.status = "active";
        delete connection.revoked_at;
        this.expireIn(connection, days);
      }
    }
    state.demo_connections_seeded = true;
    this.store.changed();
  }
}

function consentExpiry(now: number): string {
  return isoSeconds(new Date(now + CONSENT_DAYS * DAY_MS));
}
