"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { PaymentForm } from "@/components/payments/payment-form";
import { prefillFromValues } from "@/components/payments/payment-prefill";
import { paymentAgainQuery } from "@/lib/queries";

/** "Try again": the form filled in as a past payment was, under a new idempotency key (it is a new payment). */
export function PaymentAgainForm({ paymentId }: { paymentId: string }) {
  const { data } = useSuspenseQuery(paymentAgainQuery(paymentId));
  return <PaymentForm prefill={prefillFromValues(data.values)} />;
}
