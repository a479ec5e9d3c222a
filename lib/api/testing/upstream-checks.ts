import { expect } from "vitest";
import type { WorldUser } from "@/lib/api/testing/world";
import type { RequestLogEntry } from "@/sandbox/server/start";

/*
 * What the IDOR walk (lib/api/idor.test.ts) asserts about the Bud calls a route made and the answer it gave: Bud
 * hears only the caller's customer, and nothing of the other user's leaks, by any path.
 */

/** Everything a request could carry to name `owner`'s customer or user; none of it may be honoured. */
export function smuggledIdentity(owner: WorldUser): { headers: Record<string, string>; query: string; body: Record<string, string> } {
  const { customerId, customerSecret } = owner.customer;
  return {
    headers: { "X-Customer-Id": customerId, "X-Customer-Secret": customerSecret, "X-User-Id": owner.user.id },
    query: `customer_id=${customerId}&customer_secret=${customerSecret}&user_id=${owner.user.id}`,
    body: { customer_id: customerId, customerId, customer_secret: customerSecret, user_id: owner.user.id, userId: owner.user.id },
  };
}

/**
 * Routes answered from Budgie's own records, owner-checked in our database (a Connect journey before Bud has a task
 * for it; payments, which Bud cannot list per customer): they may answer without calling Bud; when they do call
 * it, the same rules hold.
 */
const OWN_RECORD_ROUTES = ["/api/connect/journeys/[journeyId]", "/api/payments"];

/**
 * Bud calls that name no customer: Bud Pay's (the payer is our user id in the payment itself) and the banks list.
 * Bud does not scope them to the caller, so they may carry none of the other user's ids (expectNothingOf checks
 * their paths).
 */
const clientLevel = (entry: RequestLogEntry) =>
  entry.customerId === null && (entry.path.startsWith("/v1/payments/") || entry.path === "/v1/open-banking/providers");

/** Bud was asked, and only ever about `customerId` (client-level calls aside). */
export function expectOnlyCustomer(upstream: RequestLogEntry[], customerId: string, label: string): void {
  const local = OWN_RECORD_ROUTES.some((pattern) => label.includes(pattern));
  const customerCalls = upstream.filter((entry) => !clientLevel(entry));
  if (local && customerCalls.length === 0) return;
  expect(customerCalls.length, label).toBeGreaterThan(0);
  expect(new Set(customerCalls.map((entry) => entry.customerId)), label).toEqual(new Set([customerId]));
}

/** The answer holds none of `secrets`, no client-level call names them, and Bud never heard `customerId`. */
export function expectNothingOf(
  answer: { text: string; upstream: RequestLogEntry[] },
  { secrets, customerId }: { secrets: readonly string[]; customerId: string },
  label: string,
): void {
  for (const secret of secrets) {
    expect(answer.text, label).not.toContain(secret);
    // A call that names no customer is not scoped by Bud to the caller's: it must not name any of them at all.
    for (const entry of answer.upstream.filter(clientLevel)) expect(entry.path, label).not.toContain(secret);
  }
  expect(answer.upstream.map((entry) => entry.customerId), label).not.toContain(customerId);
}
