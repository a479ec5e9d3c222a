"use client";

import { ArrowLeft } from "lucide-react";
import { FactList } from "@/components/payments/fact-list";
import { recipientWords, reviewSentence, typedAmount, whenWords } from "@/components/payments/payment-words";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatMoney } from "@/lib/format";
import type { PaymentFormValues } from "@/lib/payments/form-fields";

export interface PaymentReviewProps {
  /** What was typed: nothing can change while the review shows. */
  values: PaymentFormValues;
  bank: string;
  ownAccountName?: string;
  busy: boolean;
  /** What went wrong with the last attempt, if it did; the button then says "Try again" (still one payment). */
  failure: string | null;
  onBack: () => void;
  onConfirm: () => void;
}

/** The form's second step: the payment in plain words, then off to the bank. */
export function PaymentReview({ values, bank, ownAccountName, busy, failure, onBack, onConfirm }: PaymentReviewProps) {
  const amount = typedAmount(values.amount, values.currency);
  const facts = [
    ["Amount", amount ? formatMoney(amount) : values.amount],
    ["To", recipientWords(values, ownAccountName)],
    ["Reference", values.reference.trim()],
    ["When", capitalise(whenWords(values))],
    ["From", bank],
  ] as const;
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-6">
      <div>
        <h2 id="review-heading" className="text-lg font-semibold text-text">
          Check your payment
        </h2>
        <p className="mt-1 text-base text-text">{reviewSentence(values, bank, ownAccountName)}.</p>
      </div>
      <FactList facts={facts} />
      <p className="text-sm text-text-muted">
        You’ll approve the payment at {bank}. Budgie never sees your bank login.
      </p>
      {failure && <Alert>{failure}</Alert>}
      <div className="flex flex-col-reverse gap-2 border-t border-border pt-5 sm:flex-row sm:justify-between">
        <Button variant="secondary" onClick={onBack} disabled={busy}>
          <ArrowLeft className="size-4" /> Back
        </Button>
        <Button onClick={onConfirm} loading={busy}>
          {busy ? `Taking you to ${bank}…` : failure ? "Try again" : `Continue to ${bank}`}
        </Button>
      </div>
    </section>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
