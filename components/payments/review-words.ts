import { EVERY } from "@/components/payments/payment-words";
import { formatDate, formatMoney, formatSortCode } from "@/lib/format";
import type { Money } from "@/lib/money";
import { parseMoneyInput } from "@/lib/money-input";
import type { PaymentFormInput } from "@/lib/schemas/payments";

/* What the payment form's review says of what was typed. Browser-safe. */

/** An amount as typed ("£1,200", "12.5"), or null when it is not one; the schema says why. */
export function typedAmount(amount: string, currency: string): Money | null {
  const parsed = parseMoneyInput(amount, currency);
  return parsed.ok ? parsed.money : null;
}

/** When the form's payment goes: "now", "on 5 January 2027", "every month from …, 6 payments". */
export function whenWords(values: PaymentFormInput): string {
  if (values.kind === "scheduled") return values.executionDate ? `on ${formatDate(values.executionDate)}` : "on a date";
  if (values.kind !== "standing_order") return "now";
  const first = values.firstPaymentDate ? `from ${formatDate(values.firstPaymentDate)}` : "";
  const every = `${EVERY[values.frequency || "monthly"]} ${first}`.trim();
  if (values.end === "on_date" && values.lastPaymentDate) return `${every} until ${formatDate(values.lastPaymentDate)}`;
  if (values.end === "after_count" && values.paymentCount) return `${every}, ${values.paymentCount} payments`;
  return `${every} until you cancel it`;
}

/** "Jane Smith, sort code 12-34-56, account ending 5678" / "Jane Smith, IBAN ending 4321" / "Easy Saver". */
export function recipientWords(values: PaymentFormInput, ownAccountName?: string): string {
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
export function reviewSentence(values: PaymentFormInput, bank: string, ownAccountName?: string): string {
  const amount = typedAmount(values.amount, values.currency);
  const money = amount ? formatMoney(amount) : values.amount;
  return `${money} to ${recipientWords(values, ownAccountName)}, reference ${values.reference.trim()}, ${whenWords(values)}, from ${bank}`;
}
