/**
 * Whether the payer's bank account covers a payment when they approve it. Bud links a payment to a payer only
 * through `sender.user_id` (Budgie sends the user id that is also the customer's idempotent identifier), so the
 * account is the sender's account number when given, else the customer's current account at the paying bank in the
 * payment's currency. A payer the stand-in holds no account for is given the benefit of the doubt.
 */
import { parseMoney } from "../../../lib/money";
import type { WireAccount } from "../../data/world";
import type { ServerDeps } from "../context";
import type { StoredPayment } from "../store/state";

interface Sender {
  user_id: string;
  account_number?: string;
}

const accountNumberOf = (account: WireAccount) => {
  const ids = account.identifiers as { uk_sort_code?: string; uk_account_number?: string; iban?: string } | undefined;
  return ids?.iban ?? `${ids?.uk_sort_code ?? ""}${ids?.uk_account_number ?? ""}`;
};

export function fundsAvailable(deps: ServerDeps, payment: StoredPayment): boolean {
  const details = payment.details as { sender: Sender; amount?: { value: string; currency: string }; recurring_amount?: { value: string; currency: string } };
  const money = details.amount ?? details.recurring_amount;
  const customer = deps.customers.findByIdempotentIdentifier(payment.client_id, details.sender.user_id);
  const accounts = (customer && deps.world.customerData(customer.customer_id)?.accounts()) ?? [];
  const account =
    accounts.find((candidate) => details.sender.account_number !== undefined && accountNumberOf(candidate) === details.sender.account_number) ??
    accounts.find((candidate) => candidate.provider === payment.provider && candidate.currency === money?.currency && candidate.account_type === "current_account");
  const booked = account?.balances?.booked;
  if (!money || !booked) return true;
  return parseMoney(booked.amount.value, booked.amount.currency, booked.credit_debit_indicator).minor >= parseMoney(money.value, money.currency).minor;
}
