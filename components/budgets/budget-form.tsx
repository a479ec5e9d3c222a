"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useId } from "react";
import { useForm, useWatch } from "react-hook-form";
import { CategoryPicker } from "@/components/budgets/category-picker";
import { MerchantPicker } from "@/components/budgets/merchant-picker";
import { showApiErrors } from "@/components/forms/api-field-errors";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { BudgetOptions } from "@/lib/schemas/budget-options";
import { BudgetForm as BudgetFormSchema, type BudgetFormInput, type BudgetFormValues } from "@/lib/schemas/budgets";

export interface BudgetFormProps {
  defaultValues: BudgetFormInput;
  /** Null while the taxonomy and merchants load (or when they failed): name, amount and period still work. */
  options: BudgetOptions | null;
  optionsNote?: React.ReactNode;
  /** The currency is fixed once a budget exists. */
  currencyLocked: boolean;
  submitLabel: string;
  onSubmit: (values: BudgetFormValues) => Promise<unknown>;
  onCancel: () => void;
}

const DAYS = Array.from({ length: 28 }, (_, index) => index + 1);
const selectClasses = "h-11 rounded-lg border border-border-strong bg-surface px-3 text-base text-text";

/** The budget form: checked as typed by the same schema the route uses; the API's field errors land inline. */
export function BudgetForm({ defaultValues, options, optionsNote, currencyLocked, submitLabel, onSubmit, onCancel }: BudgetFormProps) {
  const id = useId();
  const form = useForm<BudgetFormInput, unknown, BudgetFormValues>({ resolver: zodResolver(BudgetFormSchema), defaultValues });
  const { errors, isSubmitting } = form.formState;
  const [period, currency, categories, merchants] = useWatch({ control: form.control, name: ["period", "currency", "categories", "merchants"] });
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      showApiErrors(error, form.setError);
    }
  });
  const currencies = options?.currencies ?? ["GBP"];
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <TextField label="Name" autoComplete="off" placeholder="Eating out" error={errors.name?.message} {...form.register("name")} />
      <div className="flex gap-3">
        <TextField
          className="flex-1"
          label="Limit"
          inputMode="decimal"
          autoComplete="off"
          placeholder={currency === "EUR" ? "€240" : "£240"}
          hint="For example 240, £12.50 or 1,200."
          error={errors.amount?.message}
          {...form.register("amount")}
        />
        {currencies.length > 1 && (
          <div className="flex flex-col gap-1.5">
            <label htmlFor={`${id}-currency`} className="text-sm font-medium text-text">
              Currency
            </label>
            <select id={`${id}-currency`} className={selectClasses} disabled={currencyLocked} {...form.register("currency")}>
              {currencies.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
            {errors.currency && <p className="text-sm text-negative">{errors.currency.message}</p>}
          </div>
        )}
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1.5 text-sm font-medium text-text">How often</legend>
        <label className="flex items-center gap-2 text-text">
          <input type="radio" value="monthly" className="size-4 accent-accent" {...form.register("period")} /> Every month
        </label>
        {period === "monthly" && (
          <div className="ml-6 flex items-center gap-2">
            <label htmlFor={`${id}-day`} className="text-sm text-text-muted">
              Starting on day
            </label>
            <select id={`${id}-day`} className={selectClasses} {...form.register("startingDay", { valueAsNumber: true })}>
              {DAYS.map((day) => (
                <option key={day} value={day}>
                  {day}
                </option>
              ))}
            </select>
          </div>
        )}
        {errors.startingDay && <p className="text-sm text-negative">{errors.startingDay.message}</p>}
        <label className="flex items-center gap-2 text-text">
          <input type="radio" value="one-off" className="size-4 accent-accent" {...form.register("period")} /> One-off (from today, no end)
        </label>
      </fieldset>
      {optionsNote}
      {options && (
        <>
          <CategoryPicker
            taxonomy={options.categories}
            value={categories}
            onChange={(value) => form.setValue("categories", value, { shouldDirty: true })}
            listError={errors.categories?.message ?? errors.categories?.root?.message}
            itemErrors={categories.map((_, index) => errors.categories?.[index]?.l1?.message ?? errors.categories?.[index]?.l2?.message)}
          />
          <MerchantPicker
            merchants={options.merchants}
            value={merchants}
            onChange={(value) => form.setValue("merchants", value, { shouldDirty: true })}
            error={errors.merchants?.message}
          />
        </>
      )}
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
