/** Access to the calling customer's data (its connected banks'), with the world's errors turned into Bud's 400s. */
import type { Context } from "hono";
import { InvalidPageToken, InvalidQuery, type CustomerData } from "../../data/world";
import type { AppEnv } from "../context";
import { failedValidation, invalidPageToken } from "../http/errors";

/** The union of the customer's connected banks; undefined while it has none. */
export function customerData(c: Context<AppEnv>): CustomerData | undefined {
  const { deps, customer } = c.var;
  return deps.world.customerData(customer.customer_id, deps.connections.windows(customer.customer_id));
}

export function readWorld<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof InvalidPageToken) throw invalidPageToken();
    if (error instanceof InvalidQuery) throw failedValidation({ query: [error.message || "invalid query"] });
    throw error;
  }
}
