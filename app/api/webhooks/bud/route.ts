import type { NextRequest } from "next/server";
import { errorResponse, jsonResponse } from "@/lib/api/errors";
import { thirdPartyRoute } from "@/lib/api/route";
import { receiveBudWebhook } from "@/lib/connect/webhook-receiver";

/**
 * Bud's webhooks. No session and no Origin check: Bud's signature is the check (third-party, for the route walker).
 * Bud retries a 500 and never a 4xx, so a forged or malformed body gets a 4xx, and a repeat is a 200.
 */
export const POST = thirdPartyRoute(async (request: NextRequest) => {
  const outcome = await receiveBudWebhook(request);
  if (outcome === "refused") return errorResponse(401, "unauthenticated", "The webhook signature is missing or invalid.");
  if (outcome === "malformed") return errorResponse(400, "invalid_input", "The webhook body isn’t one we know.");
  return jsonResponse({ received: true });
});
