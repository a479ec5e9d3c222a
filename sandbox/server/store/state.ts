/**
 * Everything the stand-in remembers between requests and across restarts. Seeded financial data is not here
 * (it is regenerated deterministically from the seed); only what API calls create or change is.
 *
 * To add a resource (connections, budgets, goals, payments…): add a collection to SandboxState and to
 * emptyState(). Snapshots written before the collection existed load with it empty, because loadState() fills
 * missing collections from emptyState().
 */
import type { SecretHash } from "../secrets";

export interface CustomerContext {
  type?: "personal" | "business";
  region?: string;
  locale?: string;
  models?: { categorisation?: string };
}

export interface StoredCustomer {
  customer_id: string;
  client_id: string;
  created_at: string;
  idempotent_identifier?: string;
  context: CustomerContext;
  /** Bud keeps the secret ("hosted") and the caller need not send X-Customer-Secret. */
  secret_hosted: boolean;
  /** Only a salted hash: like Bud, the stand-in cannot return a customer's secret twice. */
  secret: SecretHash;
}

export interface DeletionTask {
  task_id: string;
  customer_id: string;
  client_id: string;
  /** Epoch ms at which the customer's data is gone and the task reports Completed. */
  completes_at: number;
}

export interface StoredAmount {
  value: string;
  currency: string;
}

/** A spending budget as created (Bud computes `spent` on every read, so it is not stored). */
export interface StoredBudget {
  id: string;
  customer_id: string;
  name: string;
  amount: StoredAmount;
  recurrency: { period: "one-off" | "monthly"; starting_day?: number };
  include?: { categories?: { l1: string; l2?: string[] }[]; merchants?: { slugs?: string[] } };
  created_at: string;
}

/** A savings goal; its `goal_balance` is derived from the account's balance on every read. */
export interface StoredSavingsGoal {
  id: string;
  customer_id: string;
  account_id: string;
  name: string;
  target_amount: StoredAmount;
  target_datetime?: string;
  allocation_ratio: number;
  created_at: string;
}

export type PaymentKind = "single" | "standing-order" | "scheduled";

/** A Bud Pay payment from its bud-pay-url request on; its status is derived from these facts and the clock. */
export interface StoredPayment {
  payment_id: string;
  client_id: string;
  kind: PaymentKind;
  provider: string;
  redirect_url: string;
  /** The validated `payment_details` / `standing_order_details` / `scheduled_payment_details`. */
  details: Record<string, unknown>;
  /** Epoch ms. */
  created_at: number;
  /** Epoch ms after which the hosted page refuses the payment and an unfinished one has failed. */
  expires_at: number;
  /** What the payer did at their bank, once they did it. */
  authorisation?: { outcome: "approved" | "denied" | "cancelled"; at: number; funds_available: boolean };
}

/**
 * A bank a customer has connected: one Open Banking consent. Its data covers `history_from` up to its last
 * refresh (sandbox/README.md, "Connections and the clock"); dates are on the stand-in clock.
 */
export interface StoredConnection {
  /** Bud's consent id (uuid): the connection's identity. */
  consent_id: string;
  customer_id: string;
  client_id: string;
  /** A sandbox provider id, e.g. Natwest_Sandbox. */
  provider: string;
  /** Revoked consents stop refreshing; the data already fetched stays readable. */
  status: "active" | "revoked";
  /** When the consent was revoked (through the API, the hosted page or a refresh of an expired consent). */
  revoked_at?: string;
  created_at: string;
  /** 90 days after the consent was given or last renewed. */
  consent_expires_at: string;
  /** First day of fetched history (YYYY-MM-DD): 24 months before the first sync. */
  history_from: string;
  /** Day of the first sync (YYYY-MM-DD). */
  first_synced_on: string;
  /** The data covers the days before this instant's date. */
  last_refreshed_at: string;
}

/** What a Bud Connect journey may show, from its authorisation-gateway-url request. */
export type ConnectInitialScreen = "accounts_summary" | "connect_accounts" | "download_data" | "reconfirm_consent" | "revoke_consent";

/**
 * One Bud Connect journey: the hosted page's URL (`/hosted/connect/{token}`), usable for 30 minutes on the
 * stand-in clock and ended for good once the customer is sent back to `redirect_url`.
 */
export interface StoredConnectJourney {
  /** Random, unguessable: the URL is the only credential the customer's browser holds. */
  token: string;
  client_id: string;
  customer_id: string;
  redirect_url: string;
  /** The providers the customer may choose from (the request's `providers`, or every sandbox bank). */
  providers: string[];
  initial_screen: ConnectInitialScreen;
  accounts_summary: boolean;
  connect_more_accounts_button: boolean;
  skip_success_screen: boolean;
  enable_async_connect: boolean;
  /** Epoch ms (stand-in clock). */
  created_at: number;
  expires_at: number;
  /** The bank chosen on the first screen (or the only one requested). */
  provider?: string;
  /** The connect task started when the customer answered at their bank. */
  task_id?: string;
  /** Set once the customer has been sent back: the URL is single use. */
  finished_at?: number;
}

/**
 * A connect task (`GET /v1/open-banking/connect/{id}`): it walks steps 1→4 a fixed delay apart from `started_at`
 * and then reports its result; a successful one then connects the bank (once: `settled`).
 */
export interface StoredConnectTask {
  task_id: string;
  client_id: string;
  customer_id: string;
  provider: string;
  /** Epoch ms (stand-in clock). */
  started_at: number;
  /** `success`, or the ConnectResultCode it fails with. */
  result: string;
  /** The step (1–4) a failing task stops at. */
  fails_at_step?: 1 | 2 | 3;
  /** Whether its outcome has been applied (bank connected, webhook sent). */
  settled: boolean;
}

/** A revoke-consent task: the consents are revoked when it is created; it reports Completed after a short delay. */
export interface StoredRevokeTask {
  task_id: string;
  client_id: string;
  customer_id: string;
  provider: string;
  /** Epoch ms (stand-in clock). */
  completes_at: number;
  /** `success`, or `connection_not_found` when the customer had no consent with that provider. */
  result: string;
}

/** What one provider's refresh did (a refresh v2 sub-task). */
export interface StoredRefreshSubTask {
  task_id: string;
  provider: string;
  status: "Completed" | "Failed";
  result: string;
  reconnect_required: boolean;
  has_new_transactions: boolean;
  account_ids: string[];
  consent_ids: string[];
  /** The consent's expiry after the refresh (consent_details in the webhook). */
  consent_expires_at?: string;
}

/**
 * A refresh v2 task. Its providers are refreshed when it is created (the outcome is fixed then); it reports
 * Pending until `completes_at`, then its outcome, and its webhooks go out at that moment.
 */
export interface StoredRefreshTask {
  task_id: string;
  client_id: string;
  customer_id: string;
  /** The providers asked for (sorted): "the same refresh" within the hour returns this task. */
  providers: string[];
  /** Epoch ms (stand-in clock). */
  created_at: number;
  completes_at: number;
  /** The days the refresh asked the banks for (ISO date-times). */
  window: { from: string; to: string };
  sub_tasks: StoredRefreshSubTask[];
  /** Whether its completion has been announced (webhooks). */
  announced: boolean;
}

export interface StoredToken {
  client_id: string;
  expires_at: number;
}

export interface SandboxState {
  version: 1;
  /** The demo customers are created once; after that, deleting one through the API is permanent. */
  demo_customers_seeded: boolean;
  /** Whether the demo customers' banks have been connected (snapshots from before connections existed: false). */
  demo_connections_seeded: boolean;
  customers: Record<string, StoredCustomer>;
  deletion_tasks: Record<string, DeletionTask>;
  /** By consent id, in the order they were made. */
  connections: Record<string, StoredConnection>;
  /** Whole days the control API has moved the stand-in clock forward (server/clock.ts). */
  clock: { advanced_days: number };
  /** Keyed by SHA-256 of the token, so a leaked snapshot holds no usable token. */
  access_tokens: Record<string, StoredToken>;
  refresh_tokens: Record<string, StoredToken>;
  spending_budgets: Record<string, StoredBudget>;
  savings_goals: Record<string, StoredSavingsGoal>;
  payments: Record<string, StoredPayment>;
  /** Bud Connect journeys by token, and connect tasks by task id. */
  connect_journeys: Record<string, StoredConnectJourney>;
  connect_tasks: Record<string, StoredConnectTask>;
  revoke_tasks: Record<string, StoredRevokeTask>;
  refresh_tasks: Record<string, StoredRefreshTask>;
  /**
   * The key the stand-in signs its webhooks with (a private JWK), made on first use and kept so that a restart
   * does not invalidate the JWKS a receiver has cached.
   */
  webhook_signing_key?: { kid: string; private_jwk: Record<string, unknown> };
  /** Sandbox banks put in maintenance through the control API (Bud sets `maintenance_status: inactive`). */
  providers_in_maintenance: string[];
}

export function emptyState(): SandboxState {
  return {
    version: 1,
    demo_customers_seeded: false,
    demo_connections_seeded: false,
    customers: {},
    deletion_tasks: {},
    connections: {},
    clock: { advanced_days: 0 },
    access_tokens: {},
    refresh_tokens: {},
    spending_budgets: {},
    savings_goals: {},
    payments: {},
    connect_journeys: {},
    connect_tasks: {},
    revoke_tasks: {},
    refresh_tasks: {},
    providers_in_maintenance: [],
  };
}

/** Parses a snapshot, filling collections it predates. Throws on anything that is not a version-1 snapshot. */
export function loadState(json: string): SandboxState {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== "object" || parsed === null || (parsed as { version?: unknown }).version !== 1) {
    throw new Error("not a version 1 sandbox snapshot");
  }
  return { ...emptyState(), ...(parsed as Partial<SandboxState>) };
}
