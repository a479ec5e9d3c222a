import { bankName } from "@/components/payments/payment-words";
import { formatDate, formatMoney } from "@/lib/format";
import type { PaymentView } from "@/lib/schemas/payments";

/* What the page a payment returns to from Bud Pay says, by state and kind. Browser-safe. */

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
