/** Access to the calling customer's seeded data, with the world's errors turned into Bud's 400s. */
import type { Context } from "hono";
import { InvalidPageToken, InvalidQuery, type CustomerData } from "../../data/world";
import type { AppEnv } from "../context";
import { failedValidation, invalidPageToken } from "../http/errors";

/** Undefined for customers created through the API: they have no banks connected yet. */
export function customerData(c: Context<AppEnv>): CustomerData | undefined {
  return c.var.deps.world.customerData(c.var.customer.customer_id);
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
