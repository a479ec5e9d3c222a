/**
 * The e2e run's handle on the Bud stand-in: its loopback-only fault controls, and direct reads of what it holds
 * (so specs assert the page against the stand-in's own data, not against copied numbers).
 */
import { DEMO_CUSTOMER } from "../sandbox/data/demo-customers";
import { CANARIES, LOCAL_CLIENT_ID, SANDBOX_URL } from "./env";

export interface FaultRule {
  method?: string;
  path: string;
  status?: number;
  retryAfter?: string;
  latencyMs?: number;
  hang?: boolean;
  malformed?: boolean;
  times?: number;
}

async function control(method: string, path: string, body?: unknown): Promise<void> {
  const response = await fetch(`${SANDBOX_URL}/__sandbox/${path}`, {
    method,
    headers: body ? { "content-type": "application/json" } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`Stand-in control ${method} ${path} answered ${response.status}`);
}

export const addFault = (rule: FaultRule) => control("POST", "faults", rule);
export const clearFaults = () => control("DELETE", "faults");

export interface WireAccount {
  account_id: string;
  account_name?: string;
  suggested_name: string;
  currency: string;
  balances?: { booked?: { amount: { value: string; currency: string }; credit_debit_indicator: "credit" | "debit" } };
}

/** The demo customer's accounts, straight from the stand-in with the app's own client credentials. */
export async function demoAccountsFromStandIn(): Promise<WireAccount[]> {
  const basic = Buffer.from(`${LOCAL_CLIENT_ID}:${CANARIES.budClientSecret}`).toString("base64");
  const tokenResponse = await fetch(`${SANDBOX_URL}/v1/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-client-id": LOCAL_CLIENT_ID, authorization: `Basic ${basic}` },
    body: "grant_type=client_credentials",
  });
  const { data: token } = (await tokenResponse.json()) as { data: { access_token: string } };
  const response = await fetch(`${SANDBOX_URL}/financial/v3/accounts`, {
    headers: {
      authorization: `Bearer ${token.access_token}`,
      "x-client-id": LOCAL_CLIENT_ID,
      "x-customer-id": DEMO_CUSTOMER.customerId,
      "x-customer-secret": DEMO_CUSTOMER.customerSecret,
    },
  });
  return ((await response.json()) as { data: WireAccount[] }).data;
}
