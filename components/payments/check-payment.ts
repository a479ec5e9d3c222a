import { checkPaymentForm } from "@/lib/payments/form";
import { paymentFields, type PaymentFormValues } from "@/lib/payments/form-fields";
import { londonToday } from "@/lib/periods";
import type { PaymentProvider } from "@/lib/schemas/payments";

/**
 * "Review payment"'s check: every rule of the route's (lib/payments/form.ts) on the fields as the route reads them,
 * against London's today and the banks the form shows; only the user's own accounts are left to the route. Its own
 * chunk, with the bank-holiday calendar and the IBAN and schedule maths, fetched by use-payment-form.ts.
 */
export function checkTypedPayment(values: PaymentFormValues, idempotencyKey: string, providers: readonly PaymentProvider[]) {
  return checkPaymentForm(paymentFields(values, idempotencyKey), { today: londonToday(), providers });
}
