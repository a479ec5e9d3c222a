/** Access to the calling customer's data (its connected banks'), with the world's errors turned into Bud's 400s. */
import type { Context } from "hono";
import { InvalidPageToken, InvalidQuery, type CustomerData } from "../../data/world";
import type { AppEnv, ServerDeps } from "../context";
import { failedValidation, invalidPageToken } from "../http/errors";
import { paymentPostings } from "../payments/postings";
import type { StoredCustomer } from "../store/state";

/**
 * The union of the customer's connected banks with its Bud Pay payments posted and its category corrections
 * applied; undefined while it has no bank. Every reader of financial data goes through here, so payments and
 * corrections show everywhere.
 */
export function customerDataOf(deps: ServerDeps, customer: StoredCustomer): CustomerData | undefined {
  const id = customer.customer_id;
  const postings = paymentPostings(Object.values(deps.store.state.payments), customer, deps.clock.now());
  return deps.world.customerData(id, deps.connections.windows(id), deps.corrections.of(id), postings);
}

/** customerDataOf for the calling customer. */
export function customerData(c: Context<AppEnv>): CustomerData | undefined {
  return customerDataOf(c.var.deps, c.var.customer);
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
