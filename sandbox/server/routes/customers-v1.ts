/**
 * The deprecated v1 customer operations Bud still serves: create (with customer_context.host_secret), synchronous
 * delete, and the customer context.
 */
import { Hono } from "hono";
import { z } from "zod";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { parseOrFail, readJsonBody } from "../http/params";
import { contextRequestSchema, contextView, customerFromPath } from "./customer-shared";

const createBody = z
  .object({ customer_context: contextRequestSchema.extend({ host_secret: z.boolean().optional() }).optional() })
  .optional();

const updateContextBody = contextRequestSchema.omit({ type: true });

export const customerV1Routes = new Hono<AppEnv>();

// Bud answers this operation (customers_create_v1) with operation_id "customers_create".
customerV1Routes.post("/v1/customers", api("customers_create"), async (c) => {
  const body = parseOrFail(createBody, await readJsonBody(c));
  const { client, deps } = c.var;
  const { host_secret: hostSecret, ...context } = body?.customer_context ?? {};
  const { customer, secret } = deps.customers.create({
    clientId: client.client_id,
    context,
    secretHosted: hostSecret ?? client.host_secrets,
  });
  // v1's schema requires customer_secret even when Bud also keeps it.
  const data = { customer_id: customer.customer_id, customer_secret: secret, customer_context: contextView(customer) };
  return ok(c, data, undefined, 201);
});

customerV1Routes.delete("/v1/customers/:customer_id", api("customers_delete"), (c) => {
  c.var.deps.customers.remove(customerFromPath(c).customer_id);
  return c.body(null, 204);
});

customerV1Routes.get("/v1/customers/:customer_id/context", api("v1_customer_context_get"), (c) =>
  ok(c, contextView(customerFromPath(c))),
);

customerV1Routes.put("/v1/customers/:customer_id/context", api("v1_customer_context_put"), async (c) => {
  const customer = customerFromPath(c);
  const body = parseOrFail(updateContextBody, await readJsonBody(c));
  // "If a parameter is not provided, its corresponding context field will be set to empty."
  const update = { region: body.region ?? "", locale: body.locale ?? "", models: body.models ?? {} };
  c.var.deps.customers.setContext(customer, { ...(customer.context.type && { type: customer.context.type }), ...update });
  return ok(c, update);
});
