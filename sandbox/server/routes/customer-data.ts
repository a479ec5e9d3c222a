/** Access to the calling customer's data (its connected banks'), with the world's errors turned into Bud's 400s. */
import type { Context } from "hono";
import { InvalidPageToken, InvalidQuery, type CustomerData } from "../../data/world";
import type { AppEnv } from "../context";
import { failedValidation, invalidPageToken } from "../http/errors";

/**
 * The union of the customer's connected banks with its category corrections applied; undefined while it has no
 * bank. Every route that reads financial data goes through here, so corrections show everywhere.
 */
export function customerData(c: Context<AppEnv>): CustomerData | undefined {
  const { deps, customer } = c.var;
  const id = customer.customer_id;
  return deps.world.customerData(id, deps.connections.windows(id), deps.corrections.of(id));
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
