/**
 * Whether the payer's bank account covers a payment when they approve it. Bud links a payment to a payer only
 * through `sender.user_id` (Budgie sends the user id that is also the customer's idempotent identifier); the account
 * is the one the payment would be paid from (CustomerData.payingAccount), its balance after the payments already
 * made. A payer the stand-in holds no account for is given the benefit of the doubt.
 */
import { parseMoney } from "../../../lib/money";
import type { ServerDeps } from "../context";
import { customerDataOf } from "../routes/customer-data";
import type { StoredPayment } from "../store/state";

interface Details {
  sender: { user_id: string; account_number?: string };
  amount?: { value: string; currency: "GBP" | "EUR" };
  recurring_amount?: { value: string; currency: "GBP" | "EUR" };
}

export function fundsAvailable(deps: ServerDeps, payment: StoredPayment): boolean {
  const details = payment.details as unknown as Details;
  const money = details.amount ?? details.recurring_amount;
  const customer = deps.customers.findByIdempotentIdentifier(payment.client_id, details.sender.user_id);
  if (!money || !customer) return true;
  const account = customerDataOf(deps, customer)?.payingAccount({
    provider: payment.provider,
    currency: money.currency,
    ...(details.sender.account_number !== undefined && { senderAccountNumber: details.sender.account_number }),
  });
  const booked = account?.balances?.booked;
  if (!booked) return true;
  return parseMoney(booked.amount.value, booked.amount.currency, booked.credit_debit_indicator).minor >= parseMoney(money.value, money.currency).minor;
}
