import "server-only";
import { applyWebhook, BudWebhook } from "@/lib/connect/webhooks";
import { verifyWebhook, WebhookSignatureError, type KeySet } from "@/lib/connect/webhook-signature";
import { securityEvent } from "@/lib/security/events";

/** Bud's webhook bodies are small; anything larger is not one. */
const MAX_BODY_BYTES = 64 * 1024;

/** Verifies, parses and applies one delivery; "refused" (unsigned or forged) and "malformed" change nothing. */
export async function receiveBudWebhook(request: Request, keys?: KeySet): Promise<"refused" | "malformed" | "accepted"> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return "malformed";
  const raw = await request.text();
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) return "malformed";
  let body: unknown;
  try {
    body = await verifyWebhook(raw, { signature: request.headers.get("x-signature"), signingId: request.headers.get("x-signing-id") }, keys);
  } catch (error) {
    if (!(error instanceof WebhookSignatureError)) throw error;
    securityEvent("forbidden", { route: "/api/webhooks/bud", reason: `webhook_${error.message.replace(/\W+/g, "_")}` });
    return "refused";
  }
  const webhook = BudWebhook.safeParse(body);
  if (!webhook.success) return "malformed";
  await applyWebhook(webhook.data);
  return "accepted";
}
