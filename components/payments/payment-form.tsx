"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { PaymentFields } from "@/components/payments/payment-fields";
import { PaymentReview } from "@/components/payments/payment-review";
import { usePaymentForm, type PaymentPrefill } from "@/components/payments/use-payment-form";
import { useSubmitPayment } from "@/components/payments/use-submit-payment";
import { errorMessage } from "@/components/ui/error-message";
import { ApiError } from "@/lib/api-fetch";
import type { Account } from "@/lib/domain";
import { PAYMENT_FORM_FIELDS } from "@/lib/payments/form-fields";
import { accountsQuery, paymentProvidersQuery } from "@/lib/queries";

/** Accounts a transfer can pay into: open ones with UK bank details. */
const receivingAccounts = (accounts: readonly Account[]) => accounts.filter((account) => !account.isClosed && account.identifiers.sortCode !== null);

/**
 * A new payment: the fields, then a review in plain words, then Bud Pay. A rejected field sends the user back to
 * the fields with the server's message on it; a failure to start the payment stays on the review with "Try again",
 * which sends the same idempotency key, so it is still one payment.
 */
export function PaymentForm({ prefill }: { prefill: PaymentPrefill }) {
  const { data: providers } = useSuspenseQuery(paymentProvidersQuery());
  const { data: accounts } = useSuspenseQuery(accountsQuery());
  const ownAccounts = receivingAccounts(accounts);
  const form = usePaymentForm(prefill, providers.items, ownAccounts);
  const payment = useSubmitPayment();
  const [step, setStep] = useState<"fields" | "review">("fields");
  const [failure, setFailure] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const { provider, toAccountId } = form.values;
  const bank = providers.items.find((option) => option.provider.id === provider)?.provider.name ?? "your bank";

  const show = (next: typeof step) => {
    setStep(next);
    // The step replaces the page's content: move focus with it, so keyboard and screen-reader users start at its
    // top, or at the first field with a problem when one was found.
    requestAnimationFrame(() => {
      const invalid = top.current?.querySelector<HTMLElement>("[aria-invalid='true']");
      (invalid ?? top.current)?.focus();
    });
  };
  const review = (element: HTMLFormElement) => {
    form.setMessage(null);
    const checked = form.checkPayment();
    form.showErrors(element, checked.ok ? {} : checked.fields);
    if (checked.ok) show("review");
  };
  const confirm = () => {
    setFailure(null);
    // Checked once more (a date can pass midnight on the review), then sent as typed: the route reads the same
    // fields with the same rules.
    const checked = form.checkPayment();
    if (!checked.ok) {
      form.showErrors(null, checked.fields);
      show("fields");
      return;
    }
    payment.submit(form.posted(), (error) => {
      if (error instanceof ApiError && error.status === 400) {
        form.showApiError(null, error, PAYMENT_FORM_FIELDS);
        show("fields");
      } else setFailure(`${errorMessage(error)} Nothing has been paid; trying again still makes one payment.`);
    });
  };

  return (
    <div ref={top} tabIndex={-1} className="outline-none">
      {step === "fields" ? (
        <PaymentFields form={form} providers={providers.items} ownAccounts={ownAccounts} onReview={review} />
      ) : (
        <PaymentReview
          values={form.values}
          bank={bank}
          ownAccountName={ownAccounts.find((account) => account.id === toAccountId)?.name}
          busy={payment.busy}
          failure={failure}
          onBack={() => show("fields")}
          onConfirm={confirm}
        />
      )}
    </div>
  );
}
