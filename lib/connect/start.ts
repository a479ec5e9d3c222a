import "server-only";
import { createGatewayUrl, ProviderMaintenanceError } from "@/lib/bud/connect";
import { BudError } from "@/lib/bud/errors";
import { OWN_RESULT } from "@/lib/connect/failures";
import { finishJourney, startJourney } from "@/lib/connect/journeys";
import { journeyPath } from "@/lib/connect/paths";
import { getBudCustomer } from "@/lib/customer-link";
import { connectConfig } from "@/lib/env";
import { log } from "@/lib/log";
import type { StartConnectForm } from "@/lib/schemas/connect";

/** Where Bud sends the customer back: fixed, with only the journey's state added. */
export const CALLBACK_PATH = "/api/connect/callback";

/**
 * Starts a Bud Connect journey for the signed-in user and answers where to send the browser: Bud's hosted URL,
 * or, when Bud would not give one (the bank is in maintenance, Bud is unreachable), the journey's own page, which
 * then explains the failure and offers to try again.
 */
export async function beginConnect(userId: string, form: StartConnectForm, appOrigin: string): Promise<string> {
  const customer = await getBudCustomer(userId);
  const provider = form.provider ?? null;
  const { journey, state } = await startJourney(userId, { provider, purpose: form.purpose });
  const redirectUrl = `${appOrigin}${CALLBACK_PATH}?${new URLSearchParams({ state })}`;
  try {
    const url = await createGatewayUrl(customer, {
      redirectUrl,
      provider,
      initialScreen: form.purpose === "reconfirm" ? "reconfirm_consent" : "connect_accounts",
    });
    // Only ever send the browser on to Bud's hosted pages (the CSP would block anything else anyway).
    if (new URL(url).origin !== connectConfig().connectOrigin) throw new BudError("bad_response", "POST /v2/open-banking/authorisation-gateway-url");
    return url;
  } catch (error) {
    const maintenance = error instanceof ProviderMaintenanceError;
    if (!maintenance && !(error instanceof BudError)) throw error;
    log("warn", "connect_start_failed", { reason: maintenance ? "maintenance" : error.message });
    await finishJourney(journey.id, { status: "failed", result: maintenance ? OWN_RESULT.maintenance : OWN_RESULT.unavailable });
    return journeyPath(journey.id);
  }
}
