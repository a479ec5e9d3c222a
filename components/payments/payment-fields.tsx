"use client";

import { useEffect } from "react";
import { useWatch } from "react-hook-form";
import { BankField } from "@/components/payments/bank-field";
import { RecipientFields } from "@/components/payments/recipient-fields";
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

/** The form's first step: every field, checked by the shared schema before the review. */
export function PaymentFields({ form, providers, ownAccounts, onReview }: PaymentFieldsProps) {
  const [providerId, recipientType, toAccountId, currency] = useWatch({
    control: form.control,
    name: ["provider", "recipientType", "toAccountId", "currency"],
  });
  const euros = providers.find((option) => option.provider.id === providerId)?.currencies.includes("EUR") ?? false;
  useKeepCurrency(form, ownAccounts, euros);
  const { errors } = form.formState;
  const maximum = formatMoney({ minor: MAX_PAYMENT_MINOR, currency });
  const ownAccount = recipientType === "own_account" ? ownAccounts.find((account) => account.id === toAccountId) : undefined;
  return (
    <form onSubmit={(event) => void form.handleSubmit(onReview)(event)} noValidate className="flex flex-col gap-7">
      <WhenFields form={form} />
      <BankField form={form} providers={providers} />
      <RecipientFields form={form} euros={euros} ownAccounts={ownAccounts} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label={`Amount (${currency === "EUR" ? "€" : "£"})`}
          inputMode="decimal"
          autoComplete="off"
          placeholder="25.00"
          hint={`Up to ${maximum}, in ${CURRENCY_WORDS[currency]}.${ownAccount ? ` Goes to ${ownAccount.name}.` : ""}`}
          error={errors.amount?.message ?? errors.currency?.message}
          {...form.register("amount")}
        />
        <TextField
          label="Reference"
          autoComplete="off"
          hint={`Up to ${REFERENCE_MAX} letters, digits, spaces and - . / &`}
          error={errors.reference?.message}
          {...form.register("reference")}
        />
      </div>
      {(errors.root ?? errors.goalId) && <Alert>{(errors.root ?? errors.goalId)?.message}</Alert>}
      <div className="flex justify-end border-t border-border pt-5">
        <Button type="submit" className="w-full sm:w-auto">
          Review payment
        </Button>
      </div>
    </form>
  );
}

/** The currency follows the recipient: pounds by sort code, euros by IBAN, an own account's own currency. */
function useKeepCurrency(form: PaymentFormApi, ownAccounts: readonly Account[], euros: boolean) {
  const [recipientType, toAccountId] = useWatch({ control: form.control, name: ["recipientType", "toAccountId"] });
  useEffect(() => {
    if (recipientType === "iban" && !euros) form.setValue("recipientType", "sort_code");
    const own = ownAccounts.find((account) => account.id === toAccountId)?.currency;
    const currency = recipientType === "iban" && euros ? "EUR" : recipientType === "own_account" && own === "EUR" ? "EUR" : "GBP";
    if (form.getValues("currency") !== currency) form.setValue("currency", currency);
  }, [form, ownAccounts, euros, recipientType, toAccountId]);
}
