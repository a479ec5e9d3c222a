/**
 * The guard in front of every Bud operation except the token endpoint: names the operation (for its envelope and
 * error bodies), authenticates the API client, and for customer-scoped operations ([CU]/[CUS] in ENDPOINTS.md)
 * resolves the customer and checks its secret. Nothing reaches a route handler unless all of that passed.
 */
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { SandboxClient } from "../clients";
import type { AppEnv } from "../context";
import { failedValidation, routeNotFound, unauthorisedRequest } from "../http/errors";
import type { StoredCustomer } from "../store/state";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function api(operationId: string, options: { customer?: boolean } = {}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set("operationId", operationId);
    const client = authenticateClient(c);
    c.set("client", client);
    if (options.customer) c.set("customer", authenticateCustomer(c, client));
    await next();
  });
}

/** `Authorization: Bearer <unexpired token>` issued to the client named by X-Client-Id; anything else is Bud's 401. */
function authenticateClient(c: Context<AppEnv>): SandboxClient {
  const { tokens, clients } = c.var.deps;
  const match = /^Bearer\s+(\S+)$/i.exec(c.req.header("Authorization") ?? "");
  const clientId = match?.[1] === undefined ? undefined : tokens.clientOf(match[1]);
  const client = clients.get(clientId);
  if (!client || client.client_id !== c.req.header("X-Client-Id")) throw unauthorisedRequest();
  return client;
}

/**
 * X-Customer-Id (or X-Customer-Idempotent-Identifier in its place) names one of the client's customers; unless
 * Bud hosts that customer's secret, X-Customer-Secret must match it. A wrong secret is a 401 and never data.
 */
function authenticateCustomer(c: Context<AppEnv>, client: SandboxClient): StoredCustomer {
  const { customers } = c.var.deps;
  const customerId = c.req.header("X-Customer-Id");
  const identifier = c.req.header("X-Customer-Idempotent-Identifier");
  const secret = c.req.header("X-Customer-Secret");
  if (!customerId && !identifier) {
    throw failedValidation({
      "X-Customer-Id": ["not present"],
      ...(!secret && !client.host_secrets && { "X-Customer-Secret": ["not present"] }),
    });
  }
  if (customerId && !UUID.test(customerId)) throw failedValidation({ "X-Customer-Id": ["must be a uuid"] });
  const customer = customerId
    ? customers.get(client.client_id, customerId)
    : customers.findByIdempotentIdentifier(client.client_id, identifier ?? "");
  if (!customer) throw routeNotFound();
  if (customer.secret_hosted) return customer;
  if (!secret) throw failedValidation({ "X-Customer-Secret": ["not present"] });
  if (!customers.verifySecret(customer, secret)) throw unauthorisedRequest();
  return customer;
}
