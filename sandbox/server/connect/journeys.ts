/**
 * Bud Connect journeys: the authorisation-gateway-url request creates one, its URL opens the hosted Connect page,
 * and it ends (single use) when the customer is sent back to `redirect_url`. A URL lives 30 minutes on the
 * stand-in clock.
 */
import { randomBytes } from "node:crypto";
import type { SandboxState, StoredConnectJourney, StoredCustomer } from "../store/state";
import type { GatewayRequest } from "./gateway-request";

export const JOURNEY_LIFETIME_MS = 30 * 60_000;

export const CONNECT_PAGE_PATH = "/hosted/connect/";

export const journeyUrl = (publicUrl: string, token: string) => `${publicUrl}${CONNECT_PAGE_PATH}${token}`;

export function newJourney(customer: StoredCustomer, request: GatewayRequest, providers: string[], now: number): StoredConnectJourney {
  // The deprecated flag means what `initial_screen: reconfirm_consent` now says.
  const initialScreen = request.initial_screen ?? (request.reconfirm_consent ? "reconfirm_consent" : "connect_accounts");
  return {
    token: randomBytes(24).toString("base64url"),
    client_id: customer.client_id,
    customer_id: customer.customer_id,
    redirect_url: request.redirect_url,
    providers,
    initial_screen: initialScreen,
    accounts_summary: request.accounts_summary ?? false,
    connect_more_accounts_button: request.connect_more_accounts_button ?? false,
    skip_success_screen: request.skip_success_screen ?? false,
    enable_async_connect: request.enable_async_connect ?? false,
    created_at: now,
    expires_at: now + JOURNEY_LIFETIME_MS,
    // With a single provider requested, the bank-selection screen is skipped.
    ...(providers.length === 1 && { provider: providers[0] }),
  };
}

export type UnusableReason = "missing" | "used" | "expired";

/** The journey behind a URL token, or why that URL can no longer be used. */
export function usableJourney(state: SandboxState, token: string, now: number): StoredConnectJourney | UnusableReason {
  const journey = Object.hasOwn(state.connect_journeys, token) ? state.connect_journeys[token] : undefined;
  if (!journey) return "missing";
  if (journey.finished_at !== undefined) return "used";
  if (now >= journey.expires_at) return "expired";
  return journey;
}
