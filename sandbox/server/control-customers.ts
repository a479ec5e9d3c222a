/**
 * Control API for test fixtures: find a customer by the idempotent identifier the app gave it (Budgie uses its
 * user id), and attach a sandbox bank to a customer at once, without the Bud Connect journey.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "./context";
import { failedValidation, routeNotFound } from "./http/errors";
import { parseOrFail, queryObject, readJsonBody } from "./http/params";
import type { StoredCustomer } from "./store/state";

const findQuery = z.object({ idempotent_identifier: z.string().min(1), client_id: z.string().min(1).optional() });
const attachBody = z
  .object({
    provider: z.string().min(1),
    /** Sets the consent's expiry this many days from today (negative: already expired), to test consent health. */
    consentExpiresInDays: z.number().int().min(-3650).max(90).optional(),
  })
  .strict();

export const customerControlRoutes = new Hono<AppEnv>();

/** Across every client (identifiers are per client, so several may match unless `client_id` narrows it). */
customerControlRoutes.get("/customers", (c) => {
  const query = parseOrFail(findQuery, queryObject(c));
  const { customers, clients } = c.var.deps;
  const matching = clients.all
    .filter((client) => query.client_id === undefined || client.client_id === query.client_id)
    .flatMap((client) => {
      const customer = customers.findByIdempotentIdentifier(client.client_id, query.idempotent_identifier);
      return customer ? [customerView(customer)] : [];
    });
  return c.json({ customers: matching });
});

customerControlRoutes.get("/customers/:customer_id/connections", (c) => {
  const customer = anyClientsCustomer(c);
  return c.json({ connections: c.var.deps.connections.forCustomer(customer.customer_id) });
});

/** 201 with the new connection, or 200 when the bank was already connected (renewed, never duplicated). */
customerControlRoutes.post("/customers/:customer_id/connections", async (c) => {
  const customer = anyClientsCustomer(c);
  const { provider, consentExpiresInDays } = parseOrFail(attachBody, await readJsonBody(c));
  const { world, connections } = c.var.deps;
  if (!world.providers.some((known) => known.provider === provider)) {
    throw failedValidation({ provider: [`must be one of [${world.providers.map((known) => known.provider).join(" ")}]`] });
  }
  const { connection, created } = connections.connect(customer, provider);
  if (consentExpiresInDays !== undefined) connections.expireIn(connection, consentExpiresInDays);
  return c.json({ connection }, created ? 201 : 200);
});

/** The customer named in the path, whichever client owns it; Bud's generic 404 otherwise. */
function anyClientsCustomer(c: Context<AppEnv>): StoredCustomer {
  const { customers, clients } = c.var.deps;
  const customerId = c.req.param("customer_id") ?? "";
  for (const client of clients.all) {
    const customer = customers.get(client.client_id, customerId);
    if (customer) return customer;
  }
  throw routeNotFound();
}

function customerView(customer: StoredCustomer) {
  return {
    customer_id: customer.customer_id,
    client_id: customer.client_id,
    created_at: customer.created_at,
    idempotent_identifier: customer.idempotent_identifier,
  };
}
