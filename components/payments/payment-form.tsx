"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { PaymentFields } from "@/components/payments/payment-fields";
import { preloadPaymentRules, usePaymentForm, type PaymentPrefill } from "@/components/payments/use-payment-form";
import { preloadable } from "@/components/ui/preloadable";
import type { Account } from "@/lib/domain";
import { accountsQuery, paymentProvidersQuery } from "@/lib/queries";

/** Accounts a transfer can pay into: open ones with UK bank details. */
const receivingAccounts = (accounts: readonly Account[]) => accounts.filter((account) => !account.isClosed && account.identifiers.sortCode !== null);

/** The review and the sending (its words, TanStack Query's mutation): fetched once the form is hovered or focused. */
const Review = preloadable(() => import("@/components/payments/payment-review").then((module) => module.PaymentReview));

/** Whatever the form needs after its first view, fetched while the user fills it in, so no step waits. */
function preloadSteps() {
  preloadPaymentRules();
  Review.preload();
}

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
  const [step, setStep] = useState<"fields" | "review">("fields");
  const [failure, setFailure] = useState<string | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const { provider, toAccountId } = form.values;
  const bank = providers.items.find((option) => option.provider.id === provider)?.provider.name ?? "your bank";

  // Each time the step changes or problems are found, focus moves once React has rendered them: to the first field
  // with a problem, else to the step's top, so keyboard and screen-reader users start there.
  const [focusMoves, setFocusMoves] = useState(0);
  useEffect(() => {
    if (focusMoves === 0) return;
    const invalid = top.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    (invalid ?? top.current)?.focus();
  }, [focusMoves]);
  const show = (next: typeof step) => {
    setStep(next);
    setFocusMoves((moves) => moves + 1);
  };

  const review = async () => {
    form.setMessage(null);
    const checked = await form.checkPayment();
    form.showErrors(null, checked.ok ? {} : checked.fields);
    if (checked.ok) show("review");
    else setFocusMoves((moves) => moves + 1);
  };

  return (
    <div ref={top} tabIndex={-1} className="outline-none" onPointerEnter={preloadSteps} onFocus={preloadSteps}>
      {step === "fields" ? (
        <PaymentFields form={form} providers={providers.items} ownAccounts={ownAccounts} onReview={() => void review()} />
      ) : (
        <Review.Component
          form={form}
          bank={bank}
          ownAccountName={ownAccounts.find((account) => account.id === toAccountId)?.name}
          failure={failure}
          onFailure={setFailure}
          onBack={() => show("fields")}
          onRejected={() => show("fields")}
        />
      )}
    </div>
  );
}
