import type { Account } from "@/lib/domain";
import type { PaymentFormValues } from "@/lib/payments/form-fields";
import type { PaymentProvider } from "@/lib/schemas/payments";

/* What the payment form's recipient decides for the other fields, applied on every change (use-payment-form.ts). */

/** Whether the chosen bank pays in euros (to IBAN recipients). */
export const paysInEuros = (providers: readonly PaymentProvider[], providerId: string) =>
  providers.find((option) => option.provider.id === providerId)?.currencies.includes("EUR") ?? false;

/**
 * The currency follows the recipient: pounds by sort code, euros by IBAN, an own account's own currency; a bank that
 * cannot pay in euros takes the recipient back to a UK account.
 */
export function followRecipient(values: PaymentFormValues, providers: readonly PaymentProvider[], ownAccounts: readonly Account[]): PaymentFormValues {
  const euros = paysInEuros(providers, values.provider);
  const recipientType = values.recipientType === "iban" && !euros ? "sort_code" : values.recipientType;
  const own = ownAccounts.find((account) => account.id === values.toAccountId)?.currency;
  const currency = recipientType === "iban" || (recipientType === "own_account" && own === "EUR") ? "EUR" : "GBP";
  return recipientType === values.recipientType && currency === values.currency ? values : { ...values, recipientType, currency };
}
