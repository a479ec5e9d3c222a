import "server-only";
import { z } from "zod";
import { redeemPaymentState } from "@/lib/payments/intents";
import { paymentLinkProblemPath, paymentPath } from "@/lib/payments/paths";
import { securityEvent } from "@/lib/security/events";

const State = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

/**
 * Bud Pay's redirect back to us, which adds `payment_id` and `status` (success | failure | cancelled: what the payer
 * did, never the payment's outcome). Only `state` finds the intent (the user's own, unused, within the URL's
 * lifetime), and it is used up; `status` is never read, and the outcome comes from Bud's payment status alone, so a
 * hand-edited "success" proves nothing. A `payment_id` other than the intent's is logged as tampering. Answers the
 * path to send the browser to: the payment's page, or the page that explains why the link no longer works.
 */
export async function returnFromBudPay(userId: string, query: URLSearchParams): Promise<string> {
  const state = State.safeParse(query.get("state"));
  if (!state.success) {
    securityEvent("forbidden", { route: "payment_callback", reason: "malformed_state" });
    return paymentLinkProblemPath("invalid");
  }
  const used = await redeemPaymentState(userId, state.data);
  if (!used.ok) {
    securityEvent("forbidden", { route: "payment_callback", reason: `state_${used.reason}` });
    return paymentLinkProblemPath(used.reason);
  }
  const claimed = query.get("payment_id");
  if (claimed !== null && claimed !== used.intent.budPaymentId) {
    securityEvent("forbidden", { route: "payment_callback", reason: "payment_id_mismatch", intent: used.intent.id });
  }
  return paymentPath(used.intent.id);
}
