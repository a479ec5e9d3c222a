/**
 * Refresh v2: POST /open-banking/v2/refresh starts (or, within the hour, returns) a refresh task for the customer's
 * banks, GET /open-banking/v2/refresh/{task_id} reports it (connect/refresh.ts has the rules).
 */
import { Hono } from "hono";
import { z } from "zod";
import { api } from "../auth/guard";
import { pendingRefreshMetadata, wireRefreshCreated, wireRefreshTask } from "../connect/refresh-wire";
import type { AppEnv } from "../context";
import { budDate } from "../http/dates";
import { ok } from "../http/envelope";
import { BudApiError, failedValidation } from "../http/errors";
import { parseOrFail, readJsonBody } from "../http/params";

const refreshBody = z
  .object({
    providers: z.array(z.string().min(1)).optional(),
    from: budDate.optional(),
    to: budDate.optional(),
    // Validated; every refresh fetches every resource of the stand-in's banks.
    resources: z.array(z.enum(["accounts", "balances", "transactions", "parties", "direct-debits"])).optional(),
  })
  .optional();

export const refreshRoutes = new Hono<AppEnv>();

refreshRoutes.post("/open-banking/v2/refresh", api("v2_open_banking_refresh_post", { customer: true }), async (c) => {
  const body = parseOrFail(refreshBody, await readJsonBody(c));
  const { world, refreshTasks } = c.var.deps;
  const known = world.providers.map((provider) => provider.provider);
  const unknown = (body?.providers ?? []).filter((provider) => !known.includes(provider));
  if (unknown.length > 0) throw failedValidation({ providers: unknown.map((provider) => `unknown provider ${provider}`) });
  const providers = body?.providers && body.providers.length > 0 ? body.providers : refreshTasks.defaultProviders(c.var.customer.customer_id);
  if (providers.length === 0) throw failedValidation({ providers: ["the customer has no authorised consent to refresh"] });
  const task = refreshTasks.start(c.var.customer, providers, { from: body?.from, to: body?.to });
  return ok(c, wireRefreshCreated(task), pendingRefreshMetadata(task, refreshTasks.delayMs), 202);
});

refreshRoutes.get("/open-banking/v2/refresh/:task_id", api("v2_open_banking_refresh_get", { customer: true }), (c) => {
  const { task_id: taskId } = parseOrFail(z.object({ task_id: z.uuid({ error: "must be a uuid" }) }), c.req.param());
  const { refreshTasks, clock } = c.var.deps;
  const task = refreshTasks.get(c.var.client.client_id, c.var.customer.customer_id, taskId);
  // The spec declares no 404 here: an unknown task is its 400, with Bud's task_not_found code.
  if (!task) throw new BudApiError(400, "task_not_found", "The specified task could not be found.", { task_id: ["task not found"] });
  const data = wireRefreshTask(task, clock.now());
  return ok(c, data, data.status === "Pending" ? pendingRefreshMetadata(task, refreshTasks.delayMs) : { status: data.status });
});
