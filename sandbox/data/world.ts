/**
 * The seam between the stand-in's seeded data (sandbox/data) and its HTTP server (sandbox/server).
 * Everything here speaks Bud's wire format (types generated from sandbox/contract/bud.json), because the
 * server's job is only routing, auth, envelopes and errors.
 */
import type { components } from "../../lib/bud/generated/bud-api";

type Schemas = components["schemas"];
export type WireAccount = Schemas["AccountV3"];
export type WireTransaction = Schemas["Transaction"];
export type WireProvider = Schemas["OBProvider"];
export type WireBalancePoint = Schemas["BalanceOverTimeV3DataPoint"];
export type WireCategoriesMap = Schemas["CategoriesMap"];
export type WireCategoriesFlat = Schemas["CategoriesFlat"];

export type Granularity = "daily" | "weekly" | "biweekly" | "monthly" | "quarterly" | "six_monthly" | "annually";

/** A customer that exists from the first start, already connected to its banks. */
export interface DemoCustomer {
  customerId: string;
  /** The plain secret (dummy sandbox data, documented in the README); the store keeps only its hash. */
  customerSecret: string;
  /** client_metadata.idempotent_identifier, so POST /platform/v3/customers with it answers 200 + this customer. */
  idempotentIdentifier: string;
  /** Human label for docs and logs, e.g. "Demo (everyday)", "Heavy (100k transactions)". */
  label: string;
  /** ISO date-time the customer was "created". */
  createdAt: string;
  /** The sandbox banks it is connected to from the first start (provider ids). */
  providers: readonly string[];
  /**
   * Consents whose expiry tells a story (days from the stand-in's today; negative = already expired), set again
   * at every start so the shared demo always shows it. Other banks' consents run their normal 90 days.
   */
  consentExpiresInDays?: Readonly<Record<string, number>>;
}

/**
 * One connected bank's share of a customer's data: which provider, and which days its data covers. A
 * connection's data runs up to its last refresh, never past it (sandbox/README.md, "Connections and the clock").
 */
export interface ConnectionWindow {
  provider: string;
  /** First day of fetched history (YYYY-MM-DD). */
  from: string;
  /** Day of the first sync (YYYY-MM-DD): balances are placed by the history up to it, so a refresh extends the
   *  balance series without shifting the balances already shown. */
  firstSync: string;
  /** Day of the last refresh (YYYY-MM-DD): transactions up to the day before it, card payments of its last two
   *  days still pending, balances up to it. */
  through: string;
}

export interface TransactionQuery {
  accountId?: string;
  dateFrom?: string; // inclusive; RFC 3339 or YYYY-MM-DD (UTC)
  dateTo?: string; // inclusive; RFC 3339 or YYYY-MM-DD (UTC, whole day)
  merchant?: string; // merchant slug
  categoryL1?: string;
  categoryL2?: string;
  includeTags?: string[];
  excludeTags?: string[];
  creditDebitIndicator?: "credit" | "debit";
  statuses?: ("booked" | "pending" | "declined")[]; // default: booked + pending
  updatedAfter?: string;
}

export interface TransactionPage {
  items: WireTransaction[];
  /** Opaque token for the next page, or undefined on the last page. */
  nextPageToken?: string;
}

export class InvalidPageToken extends Error {}

/** A query value the data layer cannot read (e.g. a malformed date): the server answers 400. */
export class InvalidQuery extends Error {}

export interface AccountsOptions {
  /** Adds `balances.all_balances` (GET /financial/v3/accounts?include_all_balances=true). */
  includeAllBalances?: boolean;
}

/** All seeded, read-only financial data for one customer. */
export interface CustomerData {
  accounts(options?: AccountsOptions): WireAccount[];
  account(accountId: string, options?: AccountsOptions): WireAccount | undefined;
  /**
   * Ordered by date_time desc, then transaction_id desc. Throws InvalidPageToken for a token it did not issue
   * (or issued for other filters) and InvalidQuery for a malformed date.
   */
  transactions(query: TransactionQuery, pageSize: number, pageToken?: string): TransactionPage;
  /** Per account: first and last transaction date-times. */
  transactionDates(): { account_id: string; first_transaction_date: string; last_transaction_date: string }[];
  /**
   * End-of-day balances computed from transactions; at most 5000 points; ordered by date ascending. `from`/`to`
   * (RFC 3339 or YYYY-MM-DD, UTC) default to the account's transaction window and are clamped to it; an unknown
   * account gives []. Throws InvalidQuery for a malformed date.
   */
  balances(accountId: string, from: string | undefined, to: string | undefined, granularity: Granularity): WireBalancePoint[];
}

export interface World {
  seed: string;
  /** Where the demo customers' default windows end (ISO date): the stand-in clock's start. */
  today: string;
  providers: WireProvider[];
  /** The `uk-v2` taxonomy in both formats of GET /resources/v2/categories (filter with categoriesWithLabel()). */
  categoriesMap: WireCategoriesMap;
  categoriesFlat: WireCategoriesFlat;
  demoCustomers: DemoCustomer[];
  /**
   * A customer's data: the union of the banks in `connections`, each generated deterministically per (seed,
   * customer, provider) (a demo customer's own banks from its profile, any other bank from a generic profile)
   * and cached until the connections change. Without `connections`, a demo customer's own banks over the 24
   * months before `today`. Undefined when there is nothing connected.
   */
  customerData(customerId: string, connections?: readonly ConnectionWindow[]): CustomerData | undefined;
}
