"use client";

import { useState } from "react";
import { followRecipient } from "@/components/payments/recipient-currency";
import { useFormFields } from "@/components/ui/use-form-fields";
import type { Account } from "@/lib/domain";
import { EMPTY_PAYMENT_FORM, type PaymentFormValues } from "@/lib/payments/form-fields";
import type { PaymentFormInput, PaymentProvider } from "@/lib/schemas/payments";

/** What the page knows before the form shows: the query string's prefill, or a past payment's values. */
export type PaymentPrefill = Partial<PaymentFormValues>;
export type PaymentFormApi = ReturnType<typeof usePaymentForm>;

/**
 * The form's state, checked by the rules the route uses (lib/payments/form.ts) with the banks list it shows. The
 * idempotency key is made once, when the form first renders in the browser, and kept across Back, review and
 * retries: every submit of this form is one payment.
 */
export function usePaymentForm(prefill: PaymentPrefill, providers: readonly PaymentProvider[], ownAccounts: readonly Account[]) {
  const [idempotencyKey] = useState(newIdempotencyKey);
  const settle = (values: PaymentFormValues) => followRecipient(values, providers, ownAccounts);
  const fields = useFormFields(
    settle({
      ...EMPTY_PAYMENT_FORM,
      recipientType: prefill.toAccountId ? "own_account" : "sort_code",
      ...prefill,
    }),
    settle,
  );
  return {
    ...fields,
    /** Every rule of the route's but the user's own accounts, as the route will read the fields; today is read now. */
    checkPayment: async () => (await loadPaymentRules()).checkTypedPayment(fields.values, idempotencyKey, providers),
    /** What is sent: what was typed, under the form's idempotency key (the route reads and checks it again). */
    posted: (): PaymentFormInput => ({ ...fields.values, idempotencyKey }),
  };
}

/**
 * The route's rules, with the bank-holiday calendar and the IBAN and schedule maths: nothing needs them before
 * "Review payment", so they stay out of the page's first load and are fetched once the form is hovered or focused.
 */
let paymentRules: Promise<typeof import("@/components/payments/check-payment")> | undefined;
const loadPaymentRules = () => (paymentRules ??= import("@/components/payments/check-payment"));
export const preloadPaymentRules = () => void loadPaymentRules();

/** `crypto.randomUUID` needs a secure context; plain-HTTP hosts other than localhost get the same v4 UUID by hand. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
