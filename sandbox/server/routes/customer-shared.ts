/** Pieces shared by the v1 and v3 customer routes: Bud's CustomerContext shapes and path lookups. */
import type { Context } from "hono";
import { z } from "zod";
import type { AppEnv } from "../context";
import { routeNotFound } from "../http/errors";
import type { StoredCustomer } from "../store/state";

/** CustomerContextRequest (v3): no host_secret, which v3 takes from the client's configuration. */
export const contextRequestSchema = z.object({
  type: z.enum(["personal", "business"]).optional(),
  region: z.string().optional(),
  locale: z.string().optional(),
  models: z.object({ categorisation: z.string().optional() }).optional(),
});

/** CustomerContext as Bud returns it: the stored context plus whether Bud hosts the secret. */
export function contextView(customer: StoredCustomer) {
  return { ...customer.context, host_secret: customer.secret_hosted };
}

/** The client's customer named by the `customer_id` path parameter, or Bud's generic 404. */
export function customerFromPath(c: Context<AppEnv>): StoredCustomer {
  const customer = c.var.deps.customers.get(c.var.client.client_id, c.req.param("customer_id") ?? "");
  if (!customer) throw routeNotFound();
  return customer;
}
