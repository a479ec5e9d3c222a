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

/**
 * A customer's category correction (POST /corrections/v2/categories), already validated against the taxonomy.
 * Applied in the order made, later ones winning: to the one transaction, or with `similarKey` to every
 * transaction, past or future, whose similarity key (CustomerData.similarityKey) is that key.
 */
export interface CategoryCorrection {
  transactionId: string;
  l1: string;
  l2: string;
  similarKey?: string;
}

/**
 * Money a Bud Pay payment moved (a settled single payment, or one execution of a standing order or scheduled
 * payment), as the server derives it from its payments and the clock. The world books it as a debit in the
 * sender's account (payment-postings.ts senderAccount) and as a credit when the recipient is one of the
 * customer's own connected accounts.
 */
export interface PaymentPosting {
  /** Unique per execution, e.g. `{payment_id}#3`: the transaction ids derive from it. */
  key: string;
  /** Epoch seconds the money moved. */
  time: number;
  /** Minor units, positive. */
  amount: number;
  currency: "GBP" | "EUR";
  /** The paying bank's provider id. */
  provider: string;
  /** `sender.account_number` when the payer gave one. */
  senderAccountNumber?: string;
  senderName: string;
  /** 6-digit sort code + 8-digit account number, or an IBAN. */
  recipientAccountNumber: string;
  recipientName: string;
  reference: string;
  standingOrder: boolean;
}

/** The search filter types of GET /search/beta/transactions, also the `type` of its matches and suggestions. */
export type SearchField = "merchant_name" | "category_l1" | "category_l2" | "description" | "tag";

/** GET /search/beta/transactions after validation: at most one of text / merchantName / … is set. */
export interface SearchQuery {
  /** Free text (`user_input`: every field; `description`: the bank's text only), matched word by word as prefixes. */
  text?: { input: string; fields: "all" | "description" };
  /** A merchant's display name or slug, any case. */
  merchantName?: string;
  categoryL1?: string;
  /** An L2 slug, or `l1.l2`. */
  categoryL2?: string;
  tag?: string;
  accountIds?: string[];
  creditDebitIndicator?: "credit" | "debit";
  /** Inclusive bounds on the unsigned amount, in major units. */
  amountMin?: number;
  amountMax?: number;
  /** Inclusive epoch seconds. */
  from: number;
  to: number;
}

export interface SearchMatch {
  type: SearchField;
  content: string;
}

export interface SearchPage {
  items: { transaction: WireTransaction; matches: SearchMatch[] }[];
  nextPageToken?: string;
}

/** A structured search the free text could mean, best first. `logo` is the merchant's when it is a merchant. */
export interface SearchSuggestion {
  type: SearchField;
  value: string;
  logo?: string;
}

export interface AccountsOptions {
  /** Adds `balances.all_balances` (GET /financial/v3/accounts?include_all_balances=true). */
  includeAllBalances?: boolean;
}

/**
 * All seeded, read-only financial data for one customer. An object never changes once handed out: whatever
 * changes a customer's transactions (its connections; category corrections) must give a new CustomerData object,
 * because indexes derived from it (server/insights: totals, merchants, regular payments) are cached per object.
 */
export interface CustomerData {
  accounts(options?: AccountsOptions): WireAccount[];
  account(accountId: string, options?: AccountsOptions): WireAccount | undefined;
  /** The account a Bud Pay payment is paid from (see PaymentPosting), or undefined when the payer holds none there. */
  payingAccount(payment: Pick<PaymentPosting, "provider" | "currency" | "senderAccountNumber">): WireAccount | undefined;
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
  /** One transaction by id, or undefined when the customer has none with that id. */
  transaction(transactionId: string): WireTransaction | undefined;
  /**
   * What makes transactions "similar" for corrections: the same merchant (or, without one, the same cleaned
   * description) in the same direction. Undefined for an unknown transaction.
   */
  similarityKey(transactionId: string): string | undefined;
  /** The newest `limit` transactions sharing the transaction's similarity key (itself included), newest first. */
  similar(transactionId: string, limit: number): WireTransaction[] | undefined;
  /** Newest first, token paged like transactions(); free text goes through an index built once per data. */
  search(query: SearchQuery, pageSize: number, pageToken?: string): SearchPage;
  /** Structured searches the free text could stand for, best first. */
  suggestions(input: string, limit: number): SearchSuggestion[];
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
   * months before `today`. Undefined when there is nothing connected. `corrections` (oldest first) are applied
   * on top of the generated data, so every reader sees corrected categories; the generated part stays cached.
   * `postings` (payments that moved money) are laid over it the same way, so balances and totals move too.
   */
  customerData(
    customerId: string,
    connections?: readonly ConnectionWindow[],
    corrections?: readonly CategoryCorrection[],
    postings?: readonly PaymentPosting[],
  ): CustomerData | undefined;
}
