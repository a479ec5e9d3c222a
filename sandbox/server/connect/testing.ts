/**
 * Test helpers for Connect and consents: a signed-up customer with banks attached, and a driver for the hosted
 * Connect page that behaves like a browser without JavaScript (GET the URL, POST its forms).
 */
import { randomUUID } from "node:crypto";
import type { RunningSandbox } from "../start";
import type { BudCaller } from "../test-support";

export interface Customer {
  id: string;
  secret: string;
}

export interface BankAttachment {
  provider: string;
  consentExpiresInDays?: number;
}

/** A new customer of `caller`'s client, with `banks` attached through the control API. */
export async function signUpWithBanks(sandbox: RunningSandbox, caller: BudCaller, banks: readonly BankAttachment[] = []): Promise<Customer> {
  const created = await caller("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: randomUUID() } } });
  const customer = { id: created.body.data.customer_id as string, secret: created.body.data.customer_secret as string };
  for (const bank of banks) {
    const attached = await fetch(`${sandbox.url}/__sandbox/customers/${customer.id}/connections`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(bank),
    });
    if (!attached.ok) throw new Error(`attaching ${bank.provider} failed: ${attached.status}`);
  }
  return customer;
}

export interface PageResponse {
  status: number;
  headers: Headers;
  text: string;
}

async function read(response: Response): Promise<PageResponse> {
  return { status: response.status, headers: response.headers, text: await response.text() };
}

export function connectJourney(url: string) {
  return {
    url,
    open: async () => read(await fetch(url, { redirect: "manual" })),
    post: async (form: Record<string, string>) =>
      read(await fetch(url, { method: "POST", body: new URLSearchParams(form), redirect: "manual" })),
  };
}
