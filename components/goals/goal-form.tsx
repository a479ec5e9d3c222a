"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { ShareField } from "@/components/goals/share-field";
import { showApiErrors } from "@/components/forms/api-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { Account, SavingsGoal } from "@/lib/domain";
import { GoalForm as GoalFormSchema, RATIO_STEPS, ratioSteps, type GoalFormInput, type GoalFormValues } from "@/lib/schemas/goals";

export interface GoalFormProps {
  defaultValues: GoalFormInput;
  /** Accounts a goal can sit on: savings first. */
  accounts: readonly Account[];
  /** Every goal, to say how much of the chosen account is still free. */
  goals: readonly SavingsGoal[];
  editingId?: string;
  submitLabel: string;
  onSubmit: (values: GoalFormValues) => Promise<unknown>;
  onCancel: () => void;
}

/** The goal form, checked by the schema the route uses; the account's free share is shown as a hint. */
export function GoalForm({ defaultValues, accounts, goals, editingId, submitLabel, onSubmit, onCancel }: GoalFormProps) {
  const id = useId();
  const form = useForm<GoalFormInput, unknown, GoalFormValues>({ resolver: zodResolver(GoalFormSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  const [accountId, currency] = useWatch({ control: form.control, name: ["accountId", "currency"] });
  const taken = goals.filter((goal) => goal.accountId === accountId && goal.id !== editingId).reduce((sum, goal) => sum + ratioSteps(goal.allocationRatio), 0);
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      showApiErrors(error, form.setError);
    }
  });
  const account = form.register("accountId");
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <TextField label="Name" autoComplete="off" placeholder="Holiday fund" error={errors.name?.message} {...form.register("name")} />
      <div className="flex flex-col gap-1.5">
        <label htmlFor={`${id}-account`} className="text-sm font-medium text-text">
          Savings account
        </label>
        <select
          id={`${id}-account`}
          className="h-11 rounded-lg border border-border-strong bg-surface px-3 text-base text-text"
          aria-invalid={errors.accountId ? true : undefined}
          {...account}
          onChange={(event) => {
            void account.onChange(event);
            const chosen = accounts.find((candidate) => candidate.id === event.target.value);
            if (chosen) form.setValue("currency", chosen.currency);
          }}
        >
          <option value="">Choose an account…</option>
          {accounts.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name} · {candidate.provider.name}
            </option>
          ))}
        </select>
        {errors.accountId && <p className="text-sm text-negative">{errors.accountId.message}</p>}
      </div>
      <TextField
        label={`Target (${currency})`}
        inputMode="decimal"
        autoComplete="off"
        placeholder="3,000"
        error={errors.target?.message}
        {...form.register("target")}
      />
      <TextField
        label="Target date (optional)"
        type="date"
        error={errors.targetDate?.message}
        {...form.register("targetDate", { setValueAs: (value: string | null) => (value ? value : null) })}
      />
      <Controller
        control={form.control}
        name="allocationRatio"
        render={({ field }) => (
          <ShareField
            ratio={field.value}
            onChange={field.onChange}
            error={errors.allocationRatio?.message}
            hint={accountId ? `Other goals use ${taken / 100}% of this account; ${Math.max(0, RATIO_STEPS - taken) / 100}% is free.` : "The part of the account’s balance that counts towards this goal."}
          />
        )}
      />
      {errors.root && <Alert>{errors.root.message}</Alert>}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={isSubmitting}>
          {isSubmitting ? "Saving…" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
