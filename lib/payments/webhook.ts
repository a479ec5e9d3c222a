import "server-only";
import { z } from "zod";
import { kindOfService } from "@/lib/bud/payments";
import { intentForBudPayment } from "@/lib/payments/intents";
import { refreshIntent } from "@/lib/payments/views";
import { log } from "@/lib/log";

/*
 * Bud Pay's `payment.success` / `payment.failure` (already verified as Bud's by the receiver). The event is only a
 * nudge: the payment is found by Bud's id AND its payer (`user_id` is our own user id, as we sent it), and its
 * status is read again from Bud and recorded, so a payer who closed the tab still sees the outcome. A repeat reads
 * the same final status and changes nothing.
 */

export const PaymentWebhook = z.object({
  data: z.object({
    payment_id: z.string().min(1).max(128),
    service: z.enum(["domestic-single-payment", "domestic-standing-order", "domestic-scheduled-payment"]),
    user_id: z.string().min(1).max(120),
    event: z.enum(["payment.success", "payment.failure"]),
  }),
});
export type PaymentWebhook = z.infer<typeof PaymentWebhook>;

export async function applyPaymentWebhook({ data }: PaymentWebhook): Promise<"applied" | "unknown_payment"> {
  const userId = z.uuid().safeParse(data.user_id);
  const intent = userId.success ? await intentForBudPayment(userId.data, data.payment_id) : null;
  if (!intent || kindOfService(data.service) !== intent.kind) {
    log("warn", "payment_webhook", { event: data.event, outcome: "unknown_payment" });
    return "unknown_payment";
  }
  const refreshed = await refreshIntent(intent);
  log("info", "payment_webhook", { event: data.event, outcome: refreshed.outcome });
  return "applied";
}
