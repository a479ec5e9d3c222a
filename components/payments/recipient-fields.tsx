"use client";

import { ChoiceCards } from "@/components/payments/choice-cards";
import type { PaymentFormApi } from "@/components/payments/use-payment-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { Account } from "@/lib/domain";
import { formatSortCode } from "@/lib/format";

export interface RecipientFieldsProps {
  form: PaymentFormApi;
  /** Whether the chosen bank pays in euros (IBAN recipients). */
  euros: boolean;
  /** The user's accounts a transfer can go to. */
  ownAccounts: readonly Account[];
}

/** Who is paid: a UK account by sort code and number, a euro account by IBAN, or one of the user's own accounts. */
export function RecipientFields({ form, euros, ownAccounts }: RecipientFieldsProps) {
  const { recipientType, provider } = form.values;
  const euroHint = euros ? "IBAN" : provider ? "Your bank can’t pay in euros" : "Choose a bank that pays in euros";
  const choices = [
    { value: "sort_code", label: "A UK account", description: "Sort code and account number" },
    { value: "iban", label: "A euro account", description: euroHint, disabled: !euros },
    { value: "own_account", label: "One of my accounts", description: ownAccounts.length > 0 ? "A transfer" : "None can receive payments", disabled: ownAccounts.length === 0 },
  ];
  return (
    <div className="flex flex-col gap-4">
      <ChoiceCards legend="Pay to" choices={choices} {...form.field("recipientType")} />
      {recipientType === "own_account" ? (
        <SelectField label="Your account" {...form.field("toAccountId")}>
            <option value="">Choose an account…</option>
            {ownAccounts.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name} · {account.provider.name}
                {account.identifiers.sortCode ? ` · ${formatSortCode(account.identifiers.sortCode)}` : ""}
              </option>
            ))}
        </SelectField>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            label="Name on the account"
            autoComplete="off"
            className="sm:col-span-2"
            {...form.field("recipientName")}
          />
          {recipientType === "iban" ? (
            <TextField label="IBAN" autoComplete="off" className="sm:col-span-2" spellCheck={false} {...form.field("iban")} />
          ) : (
            <>
              <TextField label="Sort code" inputMode="numeric" autoComplete="off" placeholder="12-34-56" {...form.field("sortCode")} />
              <TextField label="Account number" inputMode="numeric" autoComplete="off" hint="8 digits" {...form.field("accountNumber")} />
            </>
          )}
        </div>
      )}
    </div>
  );
}
