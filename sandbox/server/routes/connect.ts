/**
 * Bud Connect: POST /v2/open-banking/authorisation-gateway-url starts a hosted journey (pages/connect.ts) and
 * GET /v1/open-banking/connect/{connection_task_id} reports the connect task the journey started.
 */
import { Hono } from "hono";
import { z } from "zod";
import { api } from "../auth/guard";
import { gatewayRequest } from "../connect/gateway-request";
import { journeyUrl, newJourney } from "../connect/journeys";
import { inMaintenance } from "../connect/maintenance";
import { wireConnectTask } from "../connect/wire";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { BudApiError, failedValidation } from "../http/errors";
import { parseOrFail, readJsonBody } from "../http/params";

export const connectRoutes = new Hono<AppEnv>();

connectRoutes.post("/v2/open-banking/authorisation-gateway-url", api("v2_ob_authorisation_gateway_url_post", { customer: true }), async (c) => {
  const request = parseOrFail(gatewayRequest, await readJsonBody(c));
  const { world, store, clock, publicUrl } = c.var.deps;
  const known = world.providers.map((provider) => provider.provider);
  const unknown = (request.providers ?? []).filter((provider) => !known.includes(provider));
  if (unknown.length > 0) throw failedValidation({ providers: unknown.map((provider) => `unknown provider ${provider}`) });
  // "In the sandbox only sandbox providers are returned": a request for other types would leave nothing to choose.
  if (request.provider_types && !request.provider_types.includes("sandbox")) {
    throw failedValidation({ provider_types: ["only sandbox providers are available in the sandbox"] });
  }
  const requested = request.providers && request.providers.length > 0 ? [...new Set(request.providers)] : undefined;
  const down = (requested ?? []).filter((provider) => inMaintenance(store.state, provider));
  if (down.length > 0) {
    throw new BudApiError(422, "provider_maintenance", "The provider is temporarily unavailable due to maintenance", { providers: down });
  }
  const journey = newJourney(c.var.customer, request, requested ?? known, clock.now());
  store.state.connect_journeys[journey.token] = journey;
  store.changed();
  return ok(c, { url: journeyUrl(publicUrl, journey.token) }, undefined, 201);
});

const taskId = z.uuid({ error: "must be a uuid" });

connectRoutes.get("/v1/open-banking/connect/:connection_task_id", api("open_banking_connect_get", { customer: true }), (c) => {
  const id = parseOrFail(z.object({ connection_task_id: taskId }), c.req.param()).connection_task_id;
  const { connectTasks, clock } = c.var.deps;
  const task = connectTasks.get(c.var.client.client_id, c.var.customer.customer_id, id);
  if (!task) throw new BudApiError(404, "task_not_found", "The specified task could not be found.");
  const { data, metadata } = wireConnectTask(task, clock.now(), connectTasks.stepMs);
  return ok(c, data, metadata);
});
