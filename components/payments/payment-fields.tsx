"use client";

import { BankField } from "@/components/payments/bank-field";
import { RecipientFields } from "@/components/payments/recipient-fields";
import { paysInEuros } from "@/components/payments/recipient-currency";
import type { PaymentFormApi } from "@/components/payments/use-payment-form";
import { WhenFields } from "@/components/payments/when-fields";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { Account } from "@/lib/domain";
import { formatMoney } from "@/lib/format";
import { MAX_PAYMENT_MINOR, REFERENCE_MAX } from "@/lib/payments/rules";
import type { PaymentProvider } from "@/lib/schemas/payments";

export interface PaymentFieldsProps {
  form: PaymentFormApi;
  providers: readonly PaymentProvider[];
  ownAccounts: readonly Account[];
  onReview: () => void;
}

const CURRENCY_WORDS = { GBP: "pounds and pence", EUR: "euros and cents" } as const;

/** The form's first step: every field, checked by the route's rules before the review. */
export function PaymentFields({ form, providers, ownAccounts, onReview }: PaymentFieldsProps) {
  const { provider, recipientType, toAccountId, currency } = form.values;
  const { errors } = form;
  const maximum = formatMoney({ minor: MAX_PAYMENT_MINOR, currency });
  const ownAccount = recipientType === "own_account" ? ownAccounts.find((account) => account.id === toAccountId) : undefined;
  // What belongs to no field the user can change: the server's own message, or a goal link that is not valid.
  const problem = form.message ?? errors.goalId;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onReview();
      }}
      noValidate
      className="flex flex-col gap-7"
    >
      <WhenFields form={form} />
      <BankField form={form} providers={providers} />
      <RecipientFields form={form} euros={paysInEuros(providers, provider)} ownAccounts={ownAccounts} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={`Amount (${currency === "EUR" ? "€" : "£"})`}
          inputMode="decimal"
          autoComplete="off"
          placeholder="25.00"
          hint={`Up to ${maximum}, in ${CURRENCY_WORDS[currency]}.${ownAccount ? ` Goes to ${ownAccount.name}.` : ""}`}
          {...form.field("amount")}
          error={errors.amount ?? errors.currency}
        />
        <TextField
          label="Reference"
          autoComplete="off"
          hint={`Up to ${REFERENCE_MAX} letters, digits, spaces and - . / &`}
          {...form.field("reference")}
        />
      </div>
      {problem && <Alert>{problem}</Alert>}
      <div className="flex justify-end border-t border-border pt-5">
        <Button type="submit" className="w-full sm:w-auto">
          Review payment
        </Button>
      </div>
    </form>
  );
}
