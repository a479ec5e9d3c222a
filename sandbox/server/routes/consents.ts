/**
 * Managing connections: the consents list, reconfirming a consent (TSP clients only), revoking a provider's
 * consents (a task), and deleting a provider's data (revoke, then forget its accounts and transactions).
 */
import { randomUUID } from "node:crypto";
import { Hono, type Context } from "hono";
import { z } from "zod";
import { api } from "../auth/guard";
import { CONSENT_STATUSES, matchesStatus, wireConsent } from "../connect/consents";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { BudApiError, failedValidation } from "../http/errors";
import { parseOrFail, queryObject, readJsonBody } from "../http/params";
import type { StoredRevokeTask } from "../store/state";

/** How long a revoke task stays Pending (the consents are revoked at once; Bud's task is asynchronous). */
const REVOKE_DELAY_MS = 200;
const POLL_DELAY_MS = 50;

const listQuery = z.object({ status: z.enum(CONSENT_STATUSES).default("active") });
const revokeBody = z.object({ provider: z.string().min(1) });

export const consentRoutes = new Hono<AppEnv>();

/** The provider named by a request, which must be one of the sandbox banks. */
function knownProvider(c: Context<AppEnv>, provider: string): string {
  if (!c.var.deps.world.providers.some((known) => known.provider === provider)) throw failedValidation({ provider: ["unknown provider"] });
  return provider;
}

consentRoutes.get("/v1/open-banking/account-access-consents", api("open_banking_connections_get", { customer: true }), (c) => {
  const { status } = parseOrFail(listQuery, queryObject(c));
  const { connections, world, clock } = c.var.deps;
  const customerId = c.var.customer.customer_id;
  const now = clock.now();
  const accounts = world.customerData(customerId, connections.windows(customerId))?.accounts() ?? [];
  const data = connections
    .forCustomer(customerId)
    .filter((connection) => matchesStatus(connection, status, now))
    .map((connection) =>
      wireConsent(
        connection,
        accounts.filter((account) => account.provider === connection.provider).map((account) => account.account_id),
      ),
    );
  return ok(c, data, { results: data.length });
});

consentRoutes.post(
  "/v1/open-banking/account-access-consents/:consent_id/reconfirm",
  api("open_banking_consents_reconfirm_post", { customer: true }),
  (c) => {
    if (!c.var.client.can_reconfirm) {
      throw new BudApiError(400, "extension_not_permitted", "Consents can be reconfirmed through this endpoint only by clients with their own AISP licence (TSP clients). Use Bud Connect with initial_screen reconfirm_consent.", {});
    }
    const { connections } = c.var.deps;
    const connection = connections.forCustomer(c.var.customer.customer_id).find((candidate) => candidate.consent_id === c.req.param("consent_id"));
    if (!connection) throw new BudApiError(404, "resource_not_found", "Consent not found", {});
    const extended = connections.reconfirm(connection);
    return ok(c, { provider_id: connection.provider, reconnect_required: !extended });
  },
);

consentRoutes.post("/v1/open-banking/account-access-consent/revoke", api("open_banking_account_access_consent_revoke_post", { customer: true }), async (c) => {
  const provider = knownProvider(c, parseOrFail(revokeBody, await readJsonBody(c)).provider);
  const { connections, clock, store } = c.var.deps;
  const customerId = c.var.customer.customer_id;
  const hadConsent = connections.forCustomer(customerId).some((connection) => connection.provider === provider);
  connections.revoke(customerId, provider);
  const task: StoredRevokeTask = {
    task_id: randomUUID(),
    client_id: c.var.client.client_id,
    customer_id: customerId,
    provider,
    completes_at: clock.now() + REVOKE_DELAY_MS,
    result: hadConsent ? "success" : "connection_not_found",
  };
  store.state.revoke_tasks[task.task_id] = task;
  store.changed();
  return ok(c, { task_id: task.task_id, provider }, pendingMetadata(task), 202);
});

consentRoutes.get(
  "/v1/open-banking/account-access-consent/revoke/:task_id",
  api("open_banking_account_access_consent_revoke_get", { customer: true }),
  (c) => {
    const taskId = c.req.param("task_id");
    const task = Object.hasOwn(c.var.deps.store.state.revoke_tasks, taskId) ? c.var.deps.store.state.revoke_tasks[taskId] : undefined;
    // The spec's only error body for this read is its 400 "invalid request".
    if (task?.client_id !== c.var.client.client_id || task.customer_id !== c.var.customer.customer_id) {
      throw new BudApiError(400, "failed_validation", "invalid request", { task_id: "task not found" });
    }
    if (c.var.deps.clock.now() < task.completes_at) return ok(c, { task_id: task.task_id, provider: task.provider, status: "Pending" }, pendingMetadata(task));
    const status = task.result === "success" ? "Completed" : "Failed";
    return ok(c, { task_id: task.task_id, provider: task.provider, status, result: task.result }, { status });
  },
);

consentRoutes.delete("/v1/provider/:provider", api("v1_provider_delete", { customer: true }), (c) => {
  const provider = knownProvider(c, c.req.param("provider"));
  c.var.deps.connections.remove(c.var.customer.customer_id, provider);
  return c.body(null, 204);
});

function pendingMetadata(task: StoredRevokeTask) {
  return { status: "Pending", next_url: `/v1/open-banking/account-access-consent/revoke/${task.task_id}`, next_url_delay: POLL_DELAY_MS };
}
