/**
 * The e2e run's handle on the Bud stand-in: its loopback-only control API (faults, the clock, banks attached
 * without the Connect journey) and direct reads of what it holds (so specs assert the page against the
 * stand-in's own data, not against copied numbers). Specs that run in parallel scope their faults to their own
 * customer (`customerId`) and clear only those.
 */
import { DEMO_CUSTOMER } from "../sandbox/data/demo-customers";
import type { ProviderId } from "../sandbox/data/providers";
import type { FaultRule } from "../sandbox/server/faults/rules";
import type { StoredConnection } from "../sandbox/server/store/state";
import { CANARIES, LOCAL_CLIENT_ID, SANDBOX_URL } from "./env";

/** A fault rule (sandbox/README.md, "Fault injection"); `customerId` scopes it to one Bud customer's requests. */
export type { FaultRule };

/** Natwest_Sandbox, Barclays_Sandbox or Monzo_Sandbox. */
export type SandboxProvider = ProviderId;

/** A connection as the stand-in stores it (sandbox/README.md, "Connections and the clock"). */
export type StandInConnection = StoredConnection;

export interface StandInClock {
  /** YYYY-MM-DD */
  today: string;
  /** ISO date-time */
  now: string;
}

async function control<T = void>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${SANDBOX_URL}/__sandbox/${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`Stand-in control ${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const addFault = (rule: FaultRule | FaultRule[]) => control("POST", "faults", rule);
/** Clears one customer's rules, or (without a customer) every rule: only for specs that run alone. */
export const clearFaults = (customerId?: string) =>
  control("DELETE", customerId ? `faults?customerId=${encodeURIComponent(customerId)}` : "faults");
/** Expires every access token (refresh tokens keep working). */
export const expireTokens = () => control<{ expired: number }>("POST", "expire-tokens");

export const clockNow = () => control<StandInClock>("GET", "clock");
/** The clock is shared by every worker and only moves forward: connected data does not change until refreshed. */
export const advanceClock = (days: number) => control<StandInClock>("POST", "clock", { advanceDays: days });
export const setClockToday = (today: string) => control<StandInClock>("POST", "clock", { today });

/** The Bud customer the app created for a user (Budgie sends its user id as the idempotent identifier). */
export async function findCustomerId(idempotentIdentifier: string): Promise<string> {
  const query = new URLSearchParams({ idempotent_identifier: idempotentIdentifier, client_id: LOCAL_CLIENT_ID });
  const { customers } = await control<{ customers: { customer_id: string }[] }>("GET", `customers?${query}`);
  const [customer] = customers;
  if (!customer) throw new Error(`The stand-in has no customer with idempotent identifier ${idempotentIdentifier}`);
  return customer.customer_id;
}

export type CustomerRef = { customerId: string } | { idempotentIdentifier: string };

/** Connects a sandbox bank to a customer at once (no Connect journey): 24 months of its data, up to today. */
export async function attachBank(
  customer: CustomerRef,
  provider: SandboxProvider = "Natwest_Sandbox",
  options: { consentExpiresInDays?: number } = {},
): Promise<StandInConnection> {
  const customerId = "customerId" in customer ? customer.customerId : await findCustomerId(customer.idempotentIdentifier);
  const { connection } = await control<{ connection: StandInConnection }>("POST", `customers/${customerId}/connections`, { provider, ...options });
  return connection;
}

export async function connectionsOf(customerId: string): Promise<StandInConnection[]> {
  return (await control<{ connections: StandInConnection[] }>("GET", `customers/${customerId}/connections`)).connections;
}

export interface WireAccount {
  account_id: string;
  account_name?: string;
  suggested_name: string;
  currency: string;
  balances?: { booked?: { amount: { value: string; currency: string }; credit_debit_indicator: "credit" | "debit" } };
}

/** The demo customer's accounts, straight from the stand-in with the app's own client credentials. */
export async function demoAccountsFromStandIn(): Promise<WireAccount[]> {
  return (await demoFromStandIn<{ data: WireAccount[] }>("/financial/v3/accounts")).data;
}

/** The app's own client credentials' headers (bearer token and client id), as the app calls the stand-in. */
async function clientHeaders(): Promise<Record<string, string>> {
  const basic = Buffer.from(`${LOCAL_CLIENT_ID}:${CANARIES.budClientSecret}`).toString("base64");
  const tokenResponse = await fetch(`${SANDBOX_URL}/v1/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-client-id": LOCAL_CLIENT_ID, authorization: `Basic ${basic}` },
    body: "grant_type=client_credentials",
  });
  const { data: token } = (await tokenResponse.json()) as { data: { access_token: string } };
  return { authorization: `Bearer ${token.access_token}`, "x-client-id": LOCAL_CLIENT_ID };
}

/** Any GET the app makes for the demo customer, answered by the stand-in itself (`path` includes the query). */
export async function demoFromStandIn<T>(path: string, headers: Record<string, string> = {}): Promise<T> {
  const response = await fetch(`${SANDBOX_URL}${path}`, {
    headers: {
      ...(await clientHeaders()),
      "x-client-id": LOCAL_CLIENT_ID,
      "x-customer-id": DEMO_CUSTOMER.customerId,
      "x-customer-secret": DEMO_CUSTOMER.customerSecret,
      ...headers,
    },
  });
  return (await response.json()) as T;
}

/**
 * A single payment made straight at the stand-in (no Bud Pay page) and approved, from the payer's first current
 * account at `provider` to an outside payee; resolves once it is SETTLED (a few seconds on the stand-in clock), so the
 * payer's balance shows it. For specs that need a customer's money moved before they start.
 */
export async function settleSinglePayment(payment: { userId: string; provider: SandboxProvider; amount: string; reference: string }) {
  const created = await fetch(`${SANDBOX_URL}/v1/payments/single/bud-pay-url`, {
    method: "POST",
    headers: { ...(await clientHeaders()), "content-type": "application/json" },
    body: JSON.stringify({
      redirect_url: "https://example.com/paid",
      provider: payment.provider,
      payment_details: {
        amount: { value: payment.amount, currency: "GBP" },
        reference: payment.reference,
        recipient: { type: "SortCodeAccountNumber", name: "Outside Payee", account_number: "40000012345678" },
        sender: { user_id: payment.userId, name: "Sam Fresh" },
      },
    }),
  });
  if (!created.ok) throw new Error(`bud-pay-url answered ${created.status}: ${await created.text()}`);
  const { data } = (await created.json()) as { data: { payment_id: string } };
  await control("POST", `payments/${data.payment_id}/authorise`, { outcome: "approved" });
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const read = await fetch(`${SANDBOX_URL}/v1/payments/single/${data.payment_id}`, { headers: await clientHeaders() });
    const status = ((await read.json()) as { data: { state: { status_code: string } } }).data.state.status_code;
    if (status === "SETTLED") return data.payment_id;
    if (!["CREATED", "AWAITING_AUTH", "AUTHENTICATED", "FUNDS_CONFIRMED", "INITIATING", "ACCEPTED"].includes(status)) {
      throw new Error(`The payment ended ${status}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The payment did not settle in 20 s");
}
