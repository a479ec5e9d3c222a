import "server-only";
import { z, ZodError } from "zod";
import { getAccountPayee } from "@/lib/bud/accounts";
import { BudError } from "@/lib/bud/errors";
import { createBudPayUrl, listPaymentProviders, type BudPayRequest } from "@/lib/bud/payments";
import type { CurrentUser } from "@/lib/auth/session";
import { getBudCustomer } from "@/lib/customer-link";
import { budConfig, payConfig } from "@/lib/env";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { log } from "@/lib/log";
import { checkPaymentForm, type PaymentDetails, type PaymentFieldErrors } from "@/lib/payments/form";
import { claimIntent, formHash, intentForForm, LEASE_MARGIN_MS, recordStarted, recordStartFailed, waitWhileStarting, type Intent } from "@/lib/payments/intents";
import { paymentPath, PAYMENT_CALLBACK_PATH } from "@/lib/payments/paths";
import { londonToday } from "@/lib/periods";
import type { PaymentFormFields } from "@/lib/schemas/payments";

/*
 * "Pay": validates the form against every rule (with the live providers list and the user's own accounts), records
 * the intent under the form's idempotency key, and answers where to send the browser: Bud Pay's hosted page, or,
 * for a repeat of a payment already under way or finished, the payment's own page. See lib/payments/intents.ts for
 * how one form becomes exactly one Bud payment.
 */

/** What we stored for an intent: the validated form, plus the Bud recipient it became (own accounts resolved). */
export interface StoredPayment extends PaymentDetails {
  payee: BudPayRequest["recipient"];
}

/** A validation failure keyed by form field, answered as our usual 400 with `fields`. */
function invalid(fields: PaymentFieldErrors): ZodError {
  return new ZodError(Object.entries(fields).map(([field, message]) => ({ code: "custom" as const, path: [field], message: message!, input: undefined })));
}

/** Bud's sender name: at most 70 characters, the user's name or else their email's local part (never the address). */
export function senderName(user: CurrentUser): string {
  const name = user.name.trim() || user.email.split("@")[0]!;
  return name.slice(0, 70);
}

async function payeeOf(userId: string, details: PaymentDetails): Promise<StoredPayment["payee"]> {
  const { recipient } = details;
  if (recipient.type === "sort_code") {
    return { type: "SortCodeAccountNumber", name: recipient.name, accountNumber: `${recipient.sortCode}${recipient.accountNumber}` };
  }
  if (recipient.type === "iban") return { type: "IBAN", name: recipient.name, accountNumber: recipient.iban };
  try {
    const account = await getAccountPayee(await getBudCustomer(userId), recipient.accountId);
    const name = account.name.slice(0, 70);
    if (account.currency !== details.amount.currency) throw invalid({ toAccountId: `That account is in ${account.currency}: choose one in ${details.amount.currency}.` });
    if (account.sortCode && account.accountNumber) return { type: "SortCodeAccountNumber", name, accountNumber: `${account.sortCode}${account.accountNumber}` };
    if (account.iban) return { type: "IBAN", name, accountNumber: account.iban };
    throw invalid({ toAccountId: "That account can’t receive payments." });
  } catch (error) {
    if (error instanceof NotFoundError) throw invalid({ toAccountId: "Choose one of your accounts." });
    throw error;
  }
}

export async function validatePayment(userId: string, fields: z.output<typeof PaymentFormFields>): Promise<StoredPayment> {
  const result = checkPaymentForm(fields, { today: londonToday(), providers: await listPaymentProviders() });
  if (!result.ok) throw invalid(result.fields);
  return { ...result.details, payee: await payeeOf(userId, result.details) };
}

/** Asks Bud for this claimed intent's payment; a failure leaves the intent for the next submit to retry. */
async function askBud(user: CurrentUser, intent: Intent, state: string, stored: StoredPayment, appOrigin: string): Promise<string> {
  const request: BudPayRequest = {
    kind: stored.kind,
    provider: stored.provider,
    redirectUrl: `${appOrigin}${PAYMENT_CALLBACK_PATH}?${new URLSearchParams({ state })}`,
    reference: stored.reference,
    amount: stored.amount,
    recipient: stored.payee,
    sender: { userId: user.id, name: senderName(user) },
    executionDate: stored.executionDate,
    schedule: stored.schedule,
  };
  try {
    const bud = await createBudPayUrl(request);
    // Only ever send the browser on to Bud Pay's own pages (the CSP would block anything else anyway).
    if (new URL(bud.url).origin !== payConfig().payOrigin) throw new BudError("bad_response", `POST /v1/payments/${stored.kind}/bud-pay-url`);
    await recordStarted(intent.id, bud);
    return bud.url;
  } catch (error) {
    await recordStartFailed(intent.id);
    log("warn", "payment_start_failed", { kind: stored.kind, error: error instanceof BudError ? error.kind : error instanceof Error ? error.name : "unknown" });
    throw error;
  }
}

/** Where a repeat of an intent that already reached Bud goes: its URL while usable, else its page. */
function whereTo(intent: Intent, now = new Date()): string {
  const usable = intent.budPayUrl && !intent.usedAt && intent.expiresAt && intent.expiresAt > now;
  return usable ? intent.budPayUrl! : paymentPath(intent.id);
}

export async function startPayment(user: CurrentUser, fields: z.output<typeof PaymentFormFields>, appOrigin: string): Promise<string> {
  const hash = formHash(fields);
  // A repeat of a payment already made is answered from our record, without checking the form (its dates may have
  // passed since) or asking Bud anything again.
  const known = await intentForForm(user.id, fields.idempotencyKey, hash);
  if (known?.status === "started") return whereTo(known);
  const stored = await validatePayment(user.id, fields);
  // Twice at most: a repeat that waited for another request's Bud call, which then failed, claims the retry itself.
  for (let attempt = 0; attempt < 2; attempt++) {
    const claim = await claimIntent(user.id, fields.idempotencyKey, { hash, details: stored }, { leaseMs: budConfig().deadlineMs + LEASE_MARGIN_MS });
    if (claim.claimed) return askBud(user, claim.intent, claim.state, stored, appOrigin);
    const intent = await waitWhileStarting(claim.intent);
    if (intent.status === "started") return whereTo(intent);
    if (intent.status === "starting") break;
  }
  throw new ConflictError("This payment is still being set up. Please wait a moment, then try again.");
}
