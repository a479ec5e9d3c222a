/**
 * Which of a customer's Bud Pay payments have moved money by now, as the world's PaymentPostings: a single payment
 * once SETTLED, a scheduled payment on its execution date once its creation completed, and a standing order on its
 * first date and every `frequency` after it (up to `last_payment_date`) once its creation completed. All derived
 * from the stored payment and the clock, like the statuses, so nothing needs a timer.
 */
import { parseMoney } from "../../../lib/money";
import { addMonths, SECONDS_PER_DAY } from "../../data/calendar";
import type { PaymentPosting } from "../../data/world";
import type { StoredCustomer, StoredPayment } from "../store/state";
import { paymentState } from "./status";

type Money = { value: string; currency: "GBP" | "EUR" };
interface Details {
  reference: string;
  recipient: { name: string; account_number: string };
  sender: { user_id: string; name: string; account_number?: string };
  amount?: Money;
  recurring_amount?: Money;
  requested_execution_date?: string;
  first_payment_date?: string;
  last_payment_date?: string;
  frequency?: Frequency;
}
type Frequency = "daily" | "weekly" | "fortnightly" | "monthly" | "quarterly" | "semiannually" | "yearly";

/** The n-th execution's day from the first one's, counted from the first so month ends do not drift. */
const STEPS: Record<Frequency, (day: number, n: number) => number> = {
  daily: (day, n) => day + n,
  weekly: (day, n) => day + 7 * n,
  fortnightly: (day, n) => day + 14 * n,
  monthly: (day, n) => addMonths(day, n),
  quarterly: (day, n) => addMonths(day, 3 * n),
  semiannually: (day, n) => addMonths(day, 6 * n),
  yearly: (day, n) => addMonths(day, 12 * n),
};

/** Epoch seconds of each execution up to `now` (epoch ms). */
function executions(payment: StoredPayment, details: Details, now: number): number[] {
  const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);
  const until = Math.floor(now / 1000);
  if (payment.kind === "single") {
    const settled = paymentState(payment, now).history.find((entry) => entry.code === "SETTLED");
    return settled ? [Math.floor(settled.at / 1000)] : [];
  }
  if (paymentState(payment, now).current.code !== "COMPLETED") return [];
  if (payment.kind === "scheduled") {
    const at = seconds(details.requested_execution_date!);
    return at <= until ? [at] : [];
  }
  const first = seconds(details.first_payment_date!);
  const last = details.last_payment_date === undefined ? Infinity : seconds(details.last_payment_date);
  const firstDay = Math.floor(first / SECONDS_PER_DAY);
  const timeOfDay = first - firstDay * SECONDS_PER_DAY;
  const times: number[] = [];
  for (let n = 0; ; n++) {
    const at = STEPS[details.frequency!](firstDay, n) * SECONDS_PER_DAY + timeOfDay;
    if (at > until || at > last) return times;
    times.push(at);
  }
}

/** The customer's payments (made by its client with `sender.user_id` = its idempotent identifier) that moved money. */
export function paymentPostings(payments: Iterable<StoredPayment>, customer: StoredCustomer, now: number): PaymentPosting[] {
  const postings: PaymentPosting[] = [];
  for (const payment of payments) {
    const details = payment.details as unknown as Details;
    if (payment.client_id !== customer.client_id || customer.idempotent_identifier === undefined) continue;
    if (details.sender.user_id !== customer.idempotent_identifier || payment.authorisation?.outcome !== "approved") continue;
    const money = (details.amount ?? details.recurring_amount)!;
    executions(payment, details, now).forEach((time, n) =>
      postings.push({
        key: `${payment.payment_id}#${n}`,
        time,
        amount: parseMoney(money.value, money.currency).minor,
        currency: money.currency,
        provider: payment.provider,
        ...(details.sender.account_number !== undefined && { senderAccountNumber: details.sender.account_number }),
        senderName: details.sender.name,
        recipientAccountNumber: details.recipient.account_number,
        recipientName: details.recipient.name,
        reference: details.reference,
        standingOrder: payment.kind === "standing-order",
      }),
    );
  }
  return postings.sort((a, b) => a.time - b.time || (a.key < b.key ? -1 : 1));
}
