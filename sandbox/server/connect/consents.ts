/**
 * Consents as Bud lists them (GET /v1/open-banking/account-access-consents): one per connection, `authorised`
 * or `revoked` (Bud has no expired status: an expired consent is still `authorised`, its `expiration_date` past).
 */
import { isoSeconds } from "../http/dates";
import { CONSENT_DAYS, consentExpired } from "../store/connections";
import type { StoredConnection } from "../store/state";

export const CONSENT_STATUSES = ["all", "active", "reconfirm_due"] as const;
export type ConsentStatusFilter = (typeof CONSENT_STATUSES)[number];

/** A consent is due for reconfirmation in its last 14 days (as Budgie warns), while it can still be extended. */
export const RECONFIRM_DUE_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;
const PERMISSIONS = ["ReadAccounts", "ReadBalances", "ReadTransactions", "ReadDirectDebits", "ReadParties"] as const;
const RAW_PERMISSIONS = ["ReadAccountsDetail", "ReadBalances", "ReadTransactionsDetail", "ReadTransactionsCredits", "ReadTransactionsDebits", "ReadDirectDebits", "ReadParty"] as const;
const RESOURCES = ["accounts", "balances", "transactions", "parties", "direct-debits"] as const;

export function matchesStatus(connection: StoredConnection, filter: ConsentStatusFilter, now: number): boolean {
  if (filter === "all") return true;
  if (connection.status !== "active" || consentExpired(connection, now)) return false;
  return filter === "active" || Date.parse(connection.consent_expires_at) - now <= RECONFIRM_DUE_DAYS * DAY_MS;
}

/** When the customer last gave or extended this consent: every grant lasts exactly 90 days. */
export function lastConsentedOn(connection: StoredConnection): string {
  return isoSeconds(new Date(Date.parse(connection.consent_expires_at) - CONSENT_DAYS * DAY_MS));
}

export function wireConsent(connection: StoredConnection, accountIds: readonly string[]) {
  const transactionFrom = `${connection.history_from}T00:00:00Z`;
  const revoked = connection.status === "revoked";
  return {
    id: connection.consent_id,
    customer_id: connection.customer_id,
    provider: connection.provider,
    transaction_from_date: transactionFrom,
    expiration_date: connection.consent_expires_at,
    created_at: connection.created_at,
    last_consented_on: lastConsentedOn(connection),
    ...(revoked && connection.revoked_at !== undefined && { revoked_at: connection.revoked_at, revoke_reason: "bud_revoked" as const }),
    status: revoked ? ("revoked" as const) : ("authorised" as const),
    resources: [...RESOURCES],
    permissions: [...PERMISSIONS],
    raw_version: "3.1.10",
    raw_format: "obie" as const,
    raw: {
      ConsentId: connection.consent_id,
      CreationDateTime: connection.created_at,
      Permissions: [...RAW_PERMISSIONS],
      Status: revoked ? ("Revoked" as const) : ("Authorised" as const),
      StatusUpdateDateTime: connection.revoked_at ?? lastConsentedOn(connection),
      TransactionFromDateTime: transactionFrom,
    },
    account_ids: [...accountIds],
    last_synced_at: connection.last_refreshed_at,
  };
}
