"use client";

import { ArrowLeft } from "lucide";
import { FactList } from "@/components/payments/fact-list";
import { recipientWords, reviewSentence, typedAmount, whenWords } from "@/components/payments/payment-words";
import type { PaymentFormApi } from "@/components/payments/use-payment-form";
import { useSubmitPayment } from "@/components/payments/use-submit-payment";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/error-message";
import { Icon } from "@/components/ui/icon";
import { ApiError } from "@/lib/api-fetch";
import { formatMoney } from "@/lib/format";
import { PAYMENT_FORM_FIELDS } from "@/lib/payments/form-fields";

export interface PaymentReviewProps {
  form: PaymentFormApi;
  bank: string;
  ownAccountName?: string;
  /** What went wrong with the last attempt, kept across Back: the button then says "Try again" (still one payment). */
  failure: string | null;
  onFailure: (failure: string | null) => void;
  onBack: () => void;
  /** The fields have problems (found again here, or by the route), now on them: back to the fields. */
  onRejected: () => void;
}

/**
 * The form's second step: the payment in plain words, then off to the bank. Its own chunk (payment-form.tsx), as
 * is the sending: nothing of it is needed before the fields are filled in.
 */
export function PaymentReview({ form, bank, ownAccountName, failure, onFailure, onBack, onRejected }: PaymentReviewProps) {
  const payment = useSubmitPayment();
  const { values } = form;
  const amount = typedAmount(values.amount, values.currency);
  const facts = [
    ["Amount", amount ? formatMoney(amount) : values.amount],
    ["To", recipientWords(values, ownAccountName)],
    ["Reference", values.reference.trim()],
    ["When", capitalise(whenWords(values))],
    ["From", bank],
  ] as const;

  const confirm = async () => {
    onFailure(null);
    // Checked once more (a date can pass midnight on the review), then sent as typed: the route reads the same
    // fields with the same rules.
    const checked = await form.checkPayment();
    if (!checked.ok) {
      form.showErrors(null, checked.fields);
      onRejected();
      return;
    }
    payment.submit(form.posted(), (error) => {
      if (error instanceof ApiError && error.status === 400) {
        form.showApiError(null, error, PAYMENT_FORM_FIELDS);
        onRejected();
      } else onFailure(`${errorMessage(error)} Nothing has been paid; trying again still makes one payment.`);
    });
  };

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
        <Button variant="secondary" onClick={onBack} disabled={payment.busy}>
          <Icon of={ArrowLeft} className="size-4" /> Back
        </Button>
        <Button onClick={() => void confirm()} loading={payment.busy}>
          {payment.busy ? `Taking you to ${bank}…` : failure ? "Try again" : `Continue to ${bank}`}
        </Button>
      </div>
    </section>
  );
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
