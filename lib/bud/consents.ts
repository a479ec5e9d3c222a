import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { BudError } from "@/lib/bud/errors";
import { pollTask } from "@/lib/bud/tasks";
import { parseWire } from "@/lib/bud/wire";
import { NotFoundError } from "@/lib/errors";

const LIST = "GET /v1/open-banking/account-access-consents";
const REVOKE = "POST /v1/open-banking/account-access-consent/revoke";
const REVOKE_STATUS = "GET /v1/open-banking/account-access-consent/revoke/{task_id}";
const RECONFIRM = "POST /v1/open-banking/account-access-consents/{consent_id}/reconfirm";

const WireConsent = z.object({
  id: z.string().min(1),
  provider: z.string().min(1),
  status: z.enum(["awaiting_authorisation", "authorised", "rejected", "revoked"]),
  expiration_date: z.string(),
  created_at: z.string(),
  revoked_at: z.string().nullish(),
  account_ids: z.array(z.string()).nullish(),
  last_synced_at: z.string().nullish(),
});

/** A bank consent as lib/ uses it (wire names stay here). */
export interface Consent {
  id: string;
  provider: string;
  status: z.infer<typeof WireConsent>["status"];
  expiresAt: string;
  createdAt: string;
  revokedAt: string | null;
  accountIds: string[];
  lastSyncedAt: string | null;
}

/** Every consent of the customer's, revoked and expiring ones included (Bud's default lists only active ones). */
export async function listConsents(customer: BudCustomer, bud: BudClient = getBudClient()): Promise<Consent[]> {
  const { data } = await bud.api.GET("/v1/open-banking/account-access-consents", {
    params: { header: bud.customerHeaders(customer), query: { status: "all" } },
  });
  return parseWire(z.object({ data: z.array(WireConsent) }), data, LIST).data.map((wire) => ({
    id: wire.id,
    provider: wire.provider,
    status: wire.status,
    expiresAt: wire.expiration_date,
    createdAt: wire.created_at,
    revokedAt: wire.revoked_at ?? null,
    accountIds: wire.account_ids ?? [],
    lastSyncedAt: wire.last_synced_at ?? null,
  }));
}

const TaskStarted = z.object({ data: z.object({ task_id: z.string().min(1) }) });
const TaskProgress = z.object({
  data: z.object({ status: z.enum(["Pending", "Completed", "Failed"]) }),
  metadata: z.object({ next_url_delay: z.number().nullish() }).nullish(),
});

/** Revokes every consent the customer has with this bank and waits for Bud's task; data already fetched stays. */
export async function revokeConsent(customer: BudCustomer, provider: string, bud: BudClient = getBudClient()): Promise<void> {
  const { data } = await bud.api.POST("/v1/open-banking/account-access-consent/revoke", {
    params: { header: bud.customerHeaders(customer) },
    body: { provider },
  });
  const taskId = parseWire(TaskStarted, data, REVOKE).data.task_id;
  const result = await pollTask(REVOKE_STATUS, async () => {
    const { data: progress } = await bud.api.GET("/v1/open-banking/account-access-consent/revoke/{task_id}", {
      params: { header: bud.customerHeaders(customer), path: { task_id: taskId } },
    });
    const parsed = parseWire(TaskProgress, progress, REVOKE_STATUS);
    return { status: parsed.data.status, nextDelayMs: parsed.metadata?.next_url_delay ?? null, value: undefined };
  });
  if (result.status === "Failed") throw new BudError("unavailable", REVOKE_STATUS);
}

/**
 * Asks Bud to extend a consent by 90 days in place. Only clients with their own AISP licence may: for the others
 * Bud refuses (a 4xx), and the caller sends the customer through Bud Connect instead. Answers whether the bank
 * needs the customer back (reconnect_required), in which case nothing was extended.
 */
export async function reconfirmConsent(customer: BudCustomer, consentId: string, bud: BudClient = getBudClient()): Promise<{ extended: boolean }> {
  try {
    const { data } = await bud.api.POST("/v1/open-banking/account-access-consents/{consent_id}/reconfirm", {
      params: { header: bud.customerHeaders(customer), path: { consent_id: consentId } },
    });
    const parsed = parseWire(z.object({ data: z.object({ reconnect_required: z.boolean() }) }), data, RECONFIRM);
    return { extended: !parsed.data.reconnect_required };
  } catch (error) {
    if (error instanceof BudError && error.kind === "not_found") throw new NotFoundError("Consent");
    if (error instanceof BudError && (error.kind === "validation" || error.kind === "unauthorised")) return { extended: false };
    throw error;
  }
}

/** Revokes the bank's consent and deletes its accounts, transactions and enrichments at Bud (204). */
export async function deleteProviderData(customer: BudCustomer, provider: string, bud: BudClient = getBudClient()): Promise<void> {
  await bud.api.DELETE("/v1/provider/{provider}", {
    params: { header: bud.customerHeaders(customer), path: { provider } },
  });
}
