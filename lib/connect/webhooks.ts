import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { markSynced } from "@/lib/connect/bank-sync";
import { finishJourneyForTask } from "@/lib/connect/journeys";
import { getDb } from "@/lib/db/client";
import { budCustomers, webhookDeliveries } from "@/lib/db/schema";
import { log } from "@/lib/log";
import { applyPaymentWebhook, PaymentWebhook } from "@/lib/payments/webhook";

/*
 * What Bud's (verified) webhooks change on our side: a finished connect task finishes its journey and marks the
 * bank synced, so a customer who closed the tab finds it connected on their next visit; a finished refresh marks
 * its banks synced; consent events need nothing stored (consents are read from Bud). Bud may deliver one event
 * more than once: each is applied once, keyed by its task (or consent) id and status, and a repeat is a no-op.
 * Bud Pay's payment events go to lib/payments/webhook.ts, which reads the payment's status again (repeats are harmless).
 */

const Status = z.enum(["Completed", "Failed"]);

const ConnectOrRefreshV1 = z.object({
  data: z.object({
    task_id: z.string().min(1),
    status: Status,
    task_type: z.enum(["connect", "refresh"]),
    customer_id: z.string().min(1),
    result: z.string(),
    provider: z.string().nullish(),
  }),
});

const RefreshV2 = z.object({
  customer_id: z.string().min(1),
  event: z.enum(["open_banking.v2.refresh.completed", "open_banking.v2.refresh.provider.completed"]),
  task_id: z.string().min(1),
  status: Status,
  provider: z.string().nullish(),
  sub_tasks: z.array(z.object({ provider: z.string(), status: Status })).nullish(),
});

const Consent = z.object({
  data: z.object({ event: z.string().startsWith("open_banking.consent."), consent_id: z.string(), customer_id: z.string(), updated_at: z.string() }),
});

export const BudWebhook = z.union([ConnectOrRefreshV1, RefreshV2, Consent, PaymentWebhook]);
export type BudWebhook = z.infer<typeof BudWebhook>;

/** "applied", or "repeat" / "unknown_customer" / "unknown_payment" when nothing changed. */
export type WebhookOutcome = "applied" | "repeat" | "unknown_customer" | "unknown_payment";

type TaskOrConsentWebhook = Exclude<BudWebhook, PaymentWebhook>;
const isPayment = (webhook: BudWebhook): webhook is PaymentWebhook => "data" in webhook && "payment_id" in webhook.data;

function deliveryKey(webhook: TaskOrConsentWebhook): { key: string; customerId: string } {
  if ("event" in webhook) return { key: `${webhook.event}:${webhook.task_id}:${webhook.provider ?? ""}:${webhook.status}`, customerId: webhook.customer_id };
  const data = webhook.data;
  if ("task_id" in data) return { key: `${data.task_type}:${data.task_id}:${data.status}`, customerId: data.customer_id };
  return { key: `${data.event}:${data.consent_id}:${data.updated_at}`, customerId: data.customer_id };
}

export async function applyWebhook(webhook: BudWebhook, now = new Date()): Promise<WebhookOutcome> {
  // Bud Pay's events name the payer by our own user id, not a customer; the payment's status is read again from Bud.
  if (isPayment(webhook)) return applyPaymentWebhook(webhook);
  const { key, customerId } = deliveryKey(webhook);
  const db = await getDb();
  const [link] = await db.select({ userId: budCustomers.userId }).from(budCustomers).where(eq(budCustomers.customerId, customerId));
  if (!link) return "unknown_customer";
  const [seen] = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.key, key));
  if (seen) return "repeat";
  // Every change below is idempotent (the newest sync wins, a journey keeps its first outcome), so two copies
  // racing past the check above, or a retry after a failure half-way, still leave the same state.
  for (const synced of syncedProviders(webhook)) await markSynced(link.userId, synced, now);
  if ("data" in webhook && "task_type" in webhook.data && webhook.data.task_type === "connect") {
    const { task_id, status, result, provider } = webhook.data;
    const journey = await finishJourneyForTask(
      link.userId,
      { taskId: task_id, provider: provider ?? null, status: status === "Completed" ? "completed" : "failed", result },
      now,
    );
    log("info", "connect_webhook", { status, journey: journey ? "finished" : "none_open" });
  }
  await db.insert(webhookDeliveries).values({ key, receivedAt: now }).onConflictDoNothing();
  return "applied";
}

function syncedProviders(webhook: TaskOrConsentWebhook): string[] {
  if ("event" in webhook) {
    const subTasks = webhook.sub_tasks ?? (webhook.provider ? [{ provider: webhook.provider, status: webhook.status }] : []);
    return subTasks.filter((task) => task.status === "Completed").map((task) => task.provider);
  }
  const data = webhook.data;
  return "task_id" in data && data.status === "Completed" && data.provider ? [data.provider] : [];
}
