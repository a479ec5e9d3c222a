import "server-only";
import { listAccounts } from "@/lib/bud/accounts";
import type { BudCustomer } from "@/lib/bud/client";
import { deleteProviderData, listConsents, reconfirmConsent, revokeConsent, type Consent } from "@/lib/bud/consents";
import { providerById } from "@/lib/bud/providers";
import { countUpdatedTransactions, getRefresh, startRefresh } from "@/lib/bud/refresh";
import { forgetBank, lastSyncedByProvider, markSynced, refreshRequestedAt, reserveRefresh } from "@/lib/connect/bank-sync";
import { consentHealth, currentConsents, daysLeft } from "@/lib/connection-health";
import { getBudCustomer } from "@/lib/customer-link";
import { assertNotSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import type { BudAccount } from "@/lib/domain";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { Connection, RefreshProgress, RefreshStarted } from "@/lib/schemas/connect";

/*
 * The user's connected banks (one per provider, from Bud's consents) and what they can do with each. Every action
 * names a consent by id and finds it among the signed-in user's own consents first: someone else's id is a 404.
 */

const latest = (...dates: (string | Date | null | undefined)[]) =>
  dates
    .filter((date) => date != null)
    .map((date) => new Date(date))
    .reduce<Date | null>((max, date) => (max && max > date ? max : date), null);

function coveredAccounts(consent: Consent, accounts: BudAccount[]): BudAccount[] {
  return consent.accountIds.length > 0
    ? accounts.filter((account) => consent.accountIds.includes(account.id))
    : accounts.filter((account) => account.provider.id === consent.provider);
}

export async function getConnections(userId: string, now = new Date()): Promise<Connection[]> {
  const customer = await getBudCustomer(userId);
  const [consents, accounts, synced] = await Promise.all([listConsents(customer), listAccounts(customer), lastSyncedByProvider(userId)]);
  const connections = await Promise.all(
    currentConsents(consents).map(async (consent): Promise<Connection> => ({
      consentId: consent.id,
      provider: await providerById(consent.provider),
      health: consentHealth(consent, now),
      expiresAt: consent.expiresAt,
      daysLeft: daysLeft(consent.expiresAt, now),
      lastSyncedAt: latest(consent.lastSyncedAt, synced.get(consent.provider))?.toISOString() ?? null,
      accounts: coveredAccounts(consent, accounts).map((account) => ({ id: account.id, name: account.name })),
    })),
  );
  return connections.sort((a, b) => a.provider.name.localeCompare(b.provider.name, "en-GB"));
}

async function consentOf(userId: string, consentId: string): Promise<{ customer: BudCustomer; consent: Consent }> {
  const customer = await getBudCustomer(userId);
  const consent = (await listConsents(customer)).find((candidate) => candidate.id === consentId);
  if (!consent) throw new NotFoundError("Connection");
  return { customer, consent };
}

export type RefreshRequest = { allowed: true; started: RefreshStarted } | { allowed: false; retryAt: Date; bank: string };

/** Refresh on demand: only a live consent, and once per bank per few minutes (a per-user, per-bank limit). */
export async function refreshConnection(userId: string, consentId: string, now = new Date()): Promise<RefreshRequest> {
  const { customer, consent } = await consentOf(userId, consentId);
  const health = consentHealth(consent, now);
  const bank = (await providerById(consent.provider)).name;
  if (health === "revoked" || health === "expired") {
    throw new ConflictError(`Access to ${bank} has ${health === "revoked" ? "been revoked" : "expired"}, so it can’t be refreshed. Reconnect it first.`);
  }
  const slot = await reserveRefresh(userId, consent.provider, now);
  if (!slot.allowed) return { allowed: false, retryAt: slot.retryAt, bank };
  return { allowed: true, started: { taskId: await startRefresh(customer, consent.provider) } };
}

/**
 * One look at a refresh; once it has finished, how many transactions it brought (changed since the user asked).
 * Bud answers 404 for a task that is not this customer's.
 */
export async function refreshProgress(userId: string, consentId: string, taskId: string): Promise<RefreshProgress> {
  const { customer, consent } = await consentOf(userId, consentId);
  const state = await getRefresh(customer, taskId, consent.provider);
  if (state.status === "Pending") return { status: "pending", newTransactions: null, reconnectRequired: false };
  if (state.status === "Failed") return { status: "failed", newTransactions: null, reconnectRequired: state.reconnectRequired };
  const accounts = coveredAccounts(consent, await listAccounts(customer));
  const since = (await refreshRequestedAt(userId, consent.provider)) ?? new Date();
  const newTransactions = await countUpdatedTransactions(customer, new Set(accounts.map((account) => account.id)), since.toISOString());
  // Synced as of the moment the user asked: the same answer however often a finished refresh is looked at.
  await markSynced(userId, consent.provider, since);
  return { status: "completed", newTransactions, reconnectRequired: state.reconnectRequired };
}

/** Bud extends the consent in place where the client may (own AISP licence); otherwise the caller goes through Bud Connect. */
export async function reconfirmConnection(userId: string, consentId: string): Promise<{ extended: boolean }> {
  const { customer, consent } = await consentOf(userId, consentId);
  return reconfirmConsent(customer, consent.id);
}

/** Stops Budgie's access to the bank; what was already fetched stays readable. */
export async function revokeConnection(userId: string, consentId: string): Promise<void> {
  assertNotSharedDemoUser(userId, "revoke a bank’s access");
  const { customer, consent } = await consentOf(userId, consentId);
  await revokeConsent(customer, consent.provider);
}

/** Revokes access and deletes the bank's accounts and transactions at Bud. */
export async function deleteConnectionData(userId: string, consentId: string): Promise<void> {
  assertNotSharedDemoUser(userId, "delete a bank’s data");
  const { customer, consent } = await consentOf(userId, consentId);
  await deleteProviderData(customer, consent.provider);
  await forgetBank(userId, consent.provider);
}
