import { formatDate, formatMoney, formatSortCode } from "@/lib/format";
import type { Money } from "@/lib/money";
import { parseMoneyInput } from "@/lib/money-input";
import type { PaymentFormInput, PaymentState, PaymentView, StandingOrderFrequency } from "@/lib/schemas/payments";

/* What the payment pages say, in one place (the names of kinds and frequencies are in payment-labels.ts). Browser-safe. */

/** What the form's words read: what was typed (the idempotency key is no word of theirs). */
type TypedPayment = Omit<PaymentFormInput, "idempotencyKey">;

const EVERY: Record<StandingOrderFrequency, string> = {
  daily: "every day",
  weekly: "every week",
  fortnightly: "every two weeks",
  monthly: "every month",
  quarterly: "every three months",
  semiannually: "every six months",
  yearly: "every year",
};

/** An amount as typed ("£1,200", "12.5"), or null when it is not one; the schema says why. */
export function typedAmount(amount: string, currency: string): Money | null {
  const parsed = parseMoneyInput(amount, currency);
  return parsed.ok ? parsed.money : null;
}

/** "£50.00 every month from 5 January 2027 until 5 June 2027" (or "… until you cancel it"). */
export function scheduleWords(amount: Money, schedule: NonNullable<PaymentView["schedule"]>): string {
  const from = `${formatMoney(amount)} ${EVERY[schedule.frequency]} from ${formatDate(schedule.firstPaymentDate)}`;
  if (schedule.lastPaymentDate) return `${from} until ${formatDate(schedule.lastPaymentDate)}`;
  if (schedule.paymentCount) return `${from}, ${schedule.paymentCount} payments`;
  return `${from} until you cancel it`;
}

/** When the form's payment goes: "now", "on 5 January 2027", "every month from …, 6 payments". */
export function whenWords(values: TypedPayment): string {
  if (values.kind === "scheduled") return values.executionDate ? `on ${formatDate(values.executionDate)}` : "on a date";
  if (values.kind !== "standing_order") return "now";
  const first = values.firstPaymentDate ? `from ${formatDate(values.firstPaymentDate)}` : "";
  const every = `${EVERY[values.frequency || "monthly"]} ${first}`.trim();
  if (values.end === "on_date" && values.lastPaymentDate) return `${every} until ${formatDate(values.lastPaymentDate)}`;
  if (values.end === "after_count" && values.paymentCount) return `${every}, ${values.paymentCount} payments`;
  return `${every} until you cancel it`;
}

/** "Jane Smith, sort code 12-34-56, account ending 5678" / "Jane Smith, IBAN ending 4321" / "Easy Saver". */
export function recipientWords(values: TypedPayment, ownAccountName?: string): string {
  const name = values.recipientName?.trim() ?? "";
  switch (values.recipientType) {
    case "own_account":
      return `your ${ownAccountName ?? "own account"}`;
    case "iban":
      return `${name}, IBAN ending ${compact(values.iban).slice(-4)}`;
    default:
      return `${name}, sort code ${formatSortCode(compact(values.sortCode))}, account ending ${compact(values.accountNumber).slice(-4)}`;
  }
}

const compact = (text: string | undefined) => (text ?? "").replace(/[\s-]/g, "");

/** The review's one sentence: "£25.00 to Jane Smith, sort code 12-34-56, account ending 5678, reference RENT, now, from Monzo". */
export function reviewSentence(values: TypedPayment, bank: string, ownAccountName?: string): string {
  const amount = typedAmount(values.amount, values.currency);
  const money = amount ? formatMoney(amount) : values.amount;
  return `${money} to ${recipientWords(values, ownAccountName)}, reference ${values.reference.trim()}, ${whenWords(values)}, from ${bank}`;
}

/** The chip a list row and the detail page show; a standing order that is paid is one that is set up. */
export function stateLabel(view: Pick<PaymentView, "state" | "kind">): string {
  if (view.kind === "standing_order" && view.state === "paid") return "Set up";
  return STATE_LABELS[view.state];
}

export const STATE_LABELS: Record<PaymentState, string> = {
  in_progress: "In progress",
  paid: "Paid",
  failed: "Failed",
  not_completed: "Not completed",
};

export const bankName = (view: Pick<PaymentView, "provider">) => view.provider?.name ?? "your bank";

/** "Jane Smith, sort code 12-34-56, account ending 5678"; an own account whose detail is its name says it once. */
export function recipientLine(view: Pick<PaymentView, "recipient">): string {
  const { name, detail } = view.recipient;
  return !detail || detail === name ? name : `${name}, ${detail.replace(/^Sort code/, "sort code")}`;
}

/** The outcome page's heading and line, by state and kind. */
export function outcomeWords(view: PaymentView): { title: string; body: string } {
  const bank = bankName(view);
  const money = formatMoney(view.amount);
  switch (view.state) {
    case "paid":
      if (view.kind === "standing_order")
        return {
          title: "Your standing order is set up",
          body: `${bank} will pay it on schedule. To change or cancel it, contact ${bank}: Budgie can’t cancel standing orders.`,
        };
      if (view.kind === "scheduled")
        return {
          title: "Your payment is scheduled",
          body: `${bank} will send ${money} to ${view.recipient.name} ${view.executionDate ? `on ${formatDate(view.executionDate)}` : "on the day you chose"}.`,
        };
      return { title: `You paid ${money}`, body: `${bank} has sent the money to ${view.recipient.name}.` };
    case "failed":
      return { title: "The payment didn’t go through", body: failureReason(view, bank) };
    default:
      return {
        title: "The payment wasn’t completed",
        body: `It wasn’t approved at ${bank}, so nothing was paid. You can start it again.`,
      };
  }
}

/** Why a failed payment failed, from Bud's status code: declined or cancelled at the bank, short of money, or not said. */
function failureReason(view: PaymentView, bank: string): string {
  switch (view.statusCode) {
    case "AUTH_REJECTED":
      return `It was declined or cancelled at ${bank}, so no money has left your account.`;
    case "INSUFFICIENT_FUNDS":
      return `There wasn’t enough money in your ${bank} account, so nothing was paid.`;
    default:
      return `${capitalise(bank)} didn’t make this payment, so no money has left your account.`;
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
