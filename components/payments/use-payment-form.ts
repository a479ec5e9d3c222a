"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm, type UseFormReturn } from "react-hook-form";
import { paymentFormSchema, type PaymentDetails } from "@/lib/payments/form";
import { londonToday } from "@/lib/periods";
import type { PaymentFormInput, PaymentProvider } from "@/lib/schemas/payments";

/** The form holds what the user typed (sent as typed: the route checks it again); validation gives PaymentDetails. */
export type PaymentFormApi = UseFormReturn<PaymentFormInput, unknown, PaymentDetails>;
/** What the page knows before the form shows: the query string's prefill, or a past payment's values. */
export type PaymentPrefill = Partial<Omit<PaymentFormInput, "idempotencyKey">>;

/**
 * The form's state, checked by the schema the route uses. The idempotency key is made once, when the form first
 * renders in the browser, and kept across Back, review and retries: every submit of this form is one payment.
 */
export function usePaymentForm(prefill: PaymentPrefill, providers: readonly PaymentProvider[]): PaymentFormApi {
  const [idempotencyKey] = useState(newIdempotencyKey);
  // The route's rules, with the banks list (maintenance, kinds, currencies); today is read at each check.
  const schema = useMemo(() => paymentFormSchema(() => ({ today: londonToday(), providers })), [providers]);
  return useForm<PaymentFormInput, unknown, PaymentDetails>({
    resolver: zodResolver(schema),
    defaultValues: {
      kind: "single",
      provider: "",
      currency: prefill.recipientType === "iban" ? "EUR" : "GBP",
      amount: "",
      reference: "",
      recipientType: prefill.toAccountId ? "own_account" : "sort_code",
      end: "never",
      frequency: "monthly",
      ...prefill,
      idempotencyKey,
    },
  });
}

/** `crypto.randomUUID` needs a secure context; plain-HTTP hosts other than localhost get the same v4 UUID by hand. */
function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
