import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { paymentIntents } from "@/lib/db/schema";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { PaymentDetails } from "@/lib/payments/form";
import type { PaymentState } from "@/lib/schemas/payments";

/*
 * Payment intents: exactly one Bud payment per payment form, however often it is submitted.
 *
 * The form carries an idempotency key (a UUID made when it was first shown). A submit inserts the intent for (user,
 * key) with ON CONFLICT DO NOTHING: the one request whose insert lands is the only one that asks Bud for a payment.
 * Every other submit of that form (double click, back button, second tab) finds the intent and answers from it: the
 * same Bud Pay URL while it is unused and unexpired, else the payment's own page. While the winner is still asking
 * Bud, the others wait briefly for its answer. When Bud refused or failed, the intent is marked start_failed and the
 * next submit of the same form claims it again with one conditional update (so two retries cannot both ask Bud):
 * nothing is left half-open, and the user still gets one payment. A winner that died mid-call (its claim older than
 * the lease, longer than any Bud call may take) is reclaimed the same way; if Bud did make that payment, it
 * was never authorised, so it expires without moving money.
 *
 * Like Bud Connect's journeys, the `state` sent in the redirect URL is 32 random bytes, stored only as its SHA-256,
 * bound to its user and good for one use; it works while the Bud Pay URL does (15 minutes, the lifetime the Bud
 * stand-in gives its URL), plus a short grace for the bank's redirect back.
 */

/** How long a Bud Pay URL (and so its state) stays usable. */
export const PAY_URL_TTL_MS = 15 * 60_000;
/** A payer who approved at the last second is still let back in. */
export const CALLBACK_GRACE_MS = 5 * 60_000;
/** Beyond a Bud call's whole deadline (BUD_DEADLINE_MS, retries included), a claim still starting was abandoned. */
export const LEASE_MARGIN_MS = 30_000;

export type Intent = typeof paymentIntents.$inferSelect;
export type StateRefusal = "invalid" | "used" | "expired";

const IntentId = z.uuid();
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const newState = () => randomBytes(32).toString("base64url");

/** Stable JSON (sorted keys), so the same details always hash the same. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value);
}

/** A fingerprint of what was posted: a repeat of the same form has the same one. */
export function formHash(form: object): string {
  return sha256(canonical(form));
}

export type Claim = { claimed: true; intent: Intent; state: string } | { claimed: false; intent: Intent };

const DIFFERENT_PAYMENT = "This payment form has already been used for a different payment. Please start a new payment.";

/** The user's intent for a form's key, if any; the same key with other details is a ConflictError. */
export async function intentForForm(userId: string, idempotencyKey: string, hash: string): Promise<Intent | null> {
  const db = await getDb();
  const [intent] = await db
    .select()
    .from(paymentIntents)
    .where(and(eq(paymentIntents.userId, userId), eq(paymentIntents.idempotencyKey, idempotencyKey)));
  if (intent && intent.detailsHash !== hash) throw new ConflictError(DIFFERENT_PAYMENT);
  return intent ?? null;
}

/**
 * The intent for this form: claimed (the caller asks Bud, then records the answer), or someone else's claim or
 * answer to follow. The same key with other details (`hash`, of the form as posted) is a ConflictError: one form,
 * one payment.
 */
export async function claimIntent(
  userId: string,
  idempotencyKey: string,
  form: { hash: string; details: PaymentDetails },
  options: { now?: Date; leaseMs: number },
): Promise<Claim> {
  const { now = new Date(), leaseMs } = options;
  const db = await getDb();
  const state = newState();
  const { hash: detailsHash, details } = form;
  const [inserted] = await db
    .insert(paymentIntents)
    .values({
      userId,
      idempotencyKey,
      detailsHash,
      stateHash: sha256(state),
      kind: details.kind,
      provider: details.provider,
      details,
      amountMinor: details.amount.minor,
      currency: details.amount.currency,
      goalId: details.goalId,
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: [paymentIntents.userId, paymentIntents.idempotencyKey] })
    .returning();
  if (inserted) return { claimed: true, intent: inserted, state };
  const existing = await intentForForm(userId, idempotencyKey, detailsHash);
  if (!existing) throw new Error("payment intent vanished after a conflicting insert");
  const retryable =
    existing.status === "start_failed" ||
    (existing.status === "starting" && existing.updatedAt.getTime() < now.getTime() - leaseMs);
  if (!retryable) return { claimed: false, intent: existing };
  // Exactly one retry wins: the condition is the status (and claim time) this request saw.
  const [reclaimed] = await db
    .update(paymentIntents)
    .set({ status: "starting", stateHash: sha256(state), updatedAt: now })
    .where(and(eq(paymentIntents.id, existing.id), eq(paymentIntents.status, existing.status), eq(paymentIntents.updatedAt, existing.updatedAt)))
    .returning();
  return reclaimed ? { claimed: true, intent: reclaimed, state } : { claimed: false, intent: (await intentById(existing.id))! };
}

/** Bud made the payment: its id and hosted URL, usable for PAY_URL_TTL_MS. */
export async function recordStarted(intentId: string, bud: { paymentId: string; url: string }, now = new Date()): Promise<Intent> {
  const db = await getDb();
  const [intent] = await db
    .update(paymentIntents)
    .set({
      status: "started",
      budPaymentId: bud.paymentId,
      budPayUrl: bud.url,
      expiresAt: new Date(now.getTime() + PAY_URL_TTL_MS),
      outcome: "in_progress",
      updatedAt: now,
    })
    .where(and(eq(paymentIntents.id, intentId), eq(paymentIntents.status, "starting")))
    .returning();
  if (!intent) throw new Error("payment intent was not starting");
  return intent;
}

/** Bud refused or failed: the next submit of the same form may try again. */
export async function recordStartFailed(intentId: string, now = new Date()): Promise<void> {
  const db = await getDb();
  await db
    .update(paymentIntents)
    .set({ status: "start_failed", updatedAt: now })
    .where(and(eq(paymentIntents.id, intentId), eq(paymentIntents.status, "starting")));
}

async function intentById(intentId: string): Promise<Intent | undefined> {
  const db = await getDb();
  const [intent] = await db.select().from(paymentIntents).where(eq(paymentIntents.id, intentId));
  return intent;
}

/** Waits (briefly) while another request is asking Bud for this intent's payment; answers the intent as it then is. */
export async function waitWhileStarting(intent: Intent, options: { timeoutMs?: number; intervalMs?: number } = {}): Promise<Intent> {
  const { timeoutMs = 10_000, intervalMs = 100 } = options;
  const deadline = Date.now() + timeoutMs;
  let current = intent;
  while (current.status === "starting" && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    current = (await intentById(intent.id)) ?? current;
  }
  return current;
}

/**
 * The callback: uses up the intent this state belongs to, if it is the user's, unused, and back within the URL's
 * lifetime (plus grace). One conditional update, so two racing callbacks cannot both win; a refusal changes nothing.
 */
export async function redeemPaymentState(
  userId: string,
  state: string,
  now = new Date(),
): Promise<{ ok: true; intent: Intent } | { ok: false; reason: StateRefusal }> {
  const db = await getDb();
  const stateHash = sha256(state);
  const [used] = await db
    .update(paymentIntents)
    .set({ usedAt: now, updatedAt: now })
    .where(
      and(
        eq(paymentIntents.stateHash, stateHash),
        eq(paymentIntents.userId, userId),
        isNull(paymentIntents.usedAt),
        isNotNull(paymentIntents.budPaymentId),
        gt(paymentIntents.expiresAt, new Date(now.getTime() - CALLBACK_GRACE_MS)),
      ),
    )
    .returning();
  if (used) return { ok: true, intent: used };
  const [found] = await db.select().from(paymentIntents).where(eq(paymentIntents.stateHash, stateHash));
  // Someone else's state reads exactly like one that never existed.
  if (!found || found.userId !== userId || !found.budPaymentId) return { ok: false, reason: "invalid" };
  return { ok: false, reason: found.usedAt ? "used" : "expired" };
}

/** One of the user's intents; another user's (or a malformed id) is NotFoundError, like an unknown one. */
export async function intentOf(userId: string, intentId: string): Promise<Intent> {
  if (!IntentId.safeParse(intentId).success) throw new NotFoundError("Payment");
  const db = await getDb();
  const [intent] = await db
    .select()
    .from(paymentIntents)
    .where(and(eq(paymentIntents.id, intentId), eq(paymentIntents.userId, userId)));
  if (!intent) throw new NotFoundError("Payment");
  return intent;
}

/** The user's intents that reached Bud (a payment exists), newest first. */
export async function intentsWithPayments(userId: string, limit = 100): Promise<Intent[]> {
  const db = await getDb();
  return db
    .select()
    .from(paymentIntents)
    .where(and(eq(paymentIntents.userId, userId), isNotNull(paymentIntents.budPaymentId)))
    .orderBy(desc(paymentIntents.createdAt))
    .limit(limit);
}

/** The user's intent for one of Bud's payment ids (a webhook names both), or null. */
export async function intentForBudPayment(userId: string, budPaymentId: string): Promise<Intent | null> {
  const db = await getDb();
  const [intent] = await db
    .select()
    .from(paymentIntents)
    .where(and(eq(paymentIntents.userId, userId), eq(paymentIntents.budPaymentId, budPaymentId)));
  return intent ?? null;
}

/**
 * Records what Bud last said. A final outcome is kept once recorded (a later read cannot turn "paid" back into
 * "in progress"); the status code and message follow Bud until then.
 */
export async function recordStatus(
  intentId: string,
  status: { state: PaymentState; code: string; message: string },
  now = new Date(),
): Promise<Intent | null> {
  const db = await getDb();
  const final = status.state !== "in_progress";
  const [intent] = await db
    .update(paymentIntents)
    .set({
      outcome: status.state,
      lastStatusCode: status.code,
      lastStatusMessage: status.message,
      updatedAt: now,
      ...(final ? { finishedAt: now } : {}),
    })
    .where(and(eq(paymentIntents.id, intentId), sql`coalesce(${paymentIntents.outcome}, 'in_progress') = 'in_progress'`))
    .returning();
  return intent ?? null;
}
