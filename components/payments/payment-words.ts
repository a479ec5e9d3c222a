import { formatDate, formatMoney } from "@/lib/format";
import type { Money } from "@/lib/money";
import type { PaymentKind, PaymentState, PaymentView, StandingOrderFrequency } from "@/lib/schemas/payments";

/*
 * What the payment list, detail and status pages say. Browser-safe. The form's review (review-words.ts) and the
 * outcome page (outcome-words.ts) have their own files, so the list does not load their words.
 */

/** A standing order's frequency in a sentence: "every two weeks". */
export const EVERY: Record<StandingOrderFrequency, string> = {
  daily: "every day",
  weekly: "every week",
  fortnightly: "every two weeks",
  monthly: "every month",
  quarterly: "every three months",
  semiannually: "every six months",
  yearly: "every year",
};

export const FREQUENCY_LABELS: Record<StandingOrderFrequency, string> = {
  daily: "Daily",
  weekly: "Weekly",
  fortnightly: "Every two weeks",
  monthly: "Monthly",
  quarterly: "Every three months",
  semiannually: "Every six months",
  yearly: "Yearly",
};

export const KIND_LABELS: Record<PaymentKind, string> = {
  single: "Now",
  scheduled: "On a date",
  standing_order: "Standing order",
};

/** "£50.00 every month from 5 January 2027 until 5 June 2027" (or "… until you cancel it"). */
export function scheduleWords(amount: Money, schedule: NonNullable<PaymentView["schedule"]>): string {
  const from = `${formatMoney(amount)} ${EVERY[schedule.frequency]} from ${formatDate(schedule.firstPaymentDate)}`;
  if (schedule.lastPaymentDate) return `${from} until ${formatDate(schedule.lastPaymentDate)}`;
  if (schedule.paymentCount) return `${from}, ${schedule.paymentCount} payments`;
  return `${from} until you cancel it`;
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
