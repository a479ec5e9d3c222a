import "server-only";
import { BudError } from "@/lib/bud/errors";
import { getBudPayment, listPaymentProviders as budPaymentProviders } from "@/lib/bud/payments";
import { providerById } from "@/lib/bud/providers";
import { NotFoundError } from "@/lib/errors";
import { formatSortCode } from "@/lib/format";
import { toWireAmount } from "@/lib/money";
import { intentOf, intentsWithPayments, recordStatus, type Intent } from "@/lib/payments/intents";
import type { StoredPayment } from "@/lib/payments/start";
import { paymentStateOf } from "@/lib/payments/status";
import type { PaymentFormInput, PaymentList, PaymentListQuery, PaymentProviderList, PaymentState, PaymentView } from "@/lib/schemas/payments";

/*
 * Payments as the pages show them, from our own intent records (Bud's payment search has no customer filter: it
 * would list every user's payments). A payment still in progress is read from Bud (`GET …/{payment_id}`) each time
 * it is shown, and its final outcome recorded once; a final one is answered from our record alone.
 */

/** How soon a page showing an unfinished payment asks again. */
const POLL_MS = 1_000;
/** Bud reads at once while listing. */
const LIST_CONCURRENCY = 4;

const stored = (intent: Intent) => intent.details as StoredPayment;

/** Reads an unfinished payment's status from Bud and records it; a finished one is returned as it is. */
export async function refreshIntent(intent: Intent): Promise<Intent> {
  if (!intent.budPaymentId || (intent.outcome && intent.outcome !== "in_progress")) return intent;
  try {
    const status = await getBudPayment(intent.kind as StoredPayment["kind"], intent.budPaymentId);
    const recorded = await recordStatus(intent.id, { state: paymentStateOf(status), code: status.code, message: status.message });
    // Null: another request (or the webhook) recorded the final outcome first; read what it wrote.
    return recorded ?? (await intentOf(intent.userId, intent.id));
  } catch (error) {
    // Bud no longer knows it (never ours to lose, but say nothing rather than fail the page): shown as last known.
    if (error instanceof BudError && error.kind === "not_found") return intent;
    throw error;
  }
}

function recipientOf(payment: StoredPayment): PaymentView["recipient"] {
  const { payee, recipient } = payment;
  const detail =
    payee.type === "IBAN"
      ? `IBAN ending ${payee.accountNumber.slice(-4)}`
      : `Sort code ${formatSortCode(payee.accountNumber.slice(0, 6))}, account ending ${payee.accountNumber.slice(-4)}`;
  return { name: payee.name, detail, ownAccountId: recipient.type === "own_account" ? recipient.accountId : null };
}

async function toView(intent: Intent): Promise<PaymentView> {
  const payment = stored(intent);
  const state = (intent.outcome ?? "in_progress") as PaymentState;
  return {
    id: intent.id,
    kind: payment.kind,
    state,
    statusCode: intent.lastStatusCode,
    statusMessage: intent.lastStatusMessage,
    amount: payment.amount,
    recipient: recipientOf(payment),
    reference: payment.reference,
    provider: await providerById(intent.provider),
    createdAt: intent.createdAt.toISOString(),
    finishedAt: intent.finishedAt?.toISOString() ?? null,
    executionDate: payment.executionDate,
    schedule: payment.schedule,
    goalId: payment.goalId,
    pollAfterMs: state === "in_progress" ? POLL_MS : null,
  };
}

/** One payment of the user's; another user's, a malformed id, or one that never reached Bud is NotFoundError (Bud is not asked). */
export async function paymentView(userId: string, paymentId: string): Promise<PaymentView> {
  const intent = await intentOf(userId, paymentId);
  if (!intent.budPaymentId) throw new NotFoundError("Payment");
  return toView(await refreshIntent(intent));
}

async function mapBounded<T, R>(items: T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The user's payments, newest first, optionally of one state; each unfinished one read from Bud. */
export async function listPayments(userId: string, query: PaymentListQuery = {}): Promise<PaymentList> {
  const intents = await mapBounded(await intentsWithPayments(userId), LIST_CONCURRENCY, refreshIntent);
  const views = await Promise.all(intents.map(toView));
  return { items: query.state ? views.filter((view) => view.state === query.state) : views };
}

/** "Try again": the form's values from a payment of the user's, as typed, for a new form (with its own key). */
export async function againValues(userId: string, paymentId: string): Promise<{ values: Partial<PaymentFormInput> }> {
  const intent = await intentOf(userId, paymentId);
  const payment = stored(intent);
  const { recipient, schedule } = payment;
  const values: Partial<PaymentFormInput> = {
    kind: payment.kind,
    provider: payment.provider,
    currency: payment.amount.currency as "GBP" | "EUR",
    amount: toWireAmount(payment.amount).value,
    reference: payment.reference,
    recipientType: recipient.type,
    goalId: payment.goalId ?? "",
    ...(recipient.type === "sort_code" && { recipientName: recipient.name, sortCode: formatSortCode(recipient.sortCode), accountNumber: recipient.accountNumber }),
    ...(recipient.type === "iban" && { recipientName: recipient.name, iban: recipient.iban }),
    ...(recipient.type === "own_account" && { toAccountId: recipient.accountId }),
    ...(payment.executionDate && { executionDate: payment.executionDate }),
    ...(schedule && {
      frequency: schedule.frequency,
      firstPaymentDate: schedule.firstPaymentDate,
      end: schedule.paymentCount ? "after_count" : schedule.lastPaymentDate ? "on_date" : "never",
      lastPaymentDate: schedule.paymentCount ? "" : (schedule.lastPaymentDate ?? ""),
      paymentCount: schedule.paymentCount ? String(schedule.paymentCount) : "",
    }),
  };
  return { values };
}

/** The banks that can pay, as the form lists them (maintenance shown, not selectable). */
export async function listPaymentProviders(): Promise<PaymentProviderList> {
  return { items: await budPaymentProviders() };
}
