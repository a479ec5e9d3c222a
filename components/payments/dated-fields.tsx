"use client";

import { ChoiceCards } from "@/components/payments/choice-cards";
import { FREQUENCY_LABELS } from "@/components/payments/payment-labels";
import type { PaymentFormApi } from "@/components/payments/use-payment-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { earliestDates } from "@/lib/payments/form";
import { STANDING_ORDER_FREQUENCIES } from "@/lib/payments/form-fields";
import { londonToday } from "@/lib/periods";

const ENDS = [
  { value: "never", label: "When I cancel it" },
  { value: "on_date", label: "On a date" },
  { value: "after_count", label: "After a number of payments" },
] as const;

/**
 * A dated payment's fields: the day a scheduled payment goes, or a standing order's schedule and end. Loaded only
 * once such a kind is chosen (when-fields.tsx), with the bank-holiday calendar the date pickers' `min` needs.
 */
export function DatedFields({ form }: { form: PaymentFormApi }) {
  const { kind, end } = form.values;
  const earliest = earliestDates(londonToday());
  if (kind === "scheduled") {
    return (
      <TextField
        type="date"
        label="Payment date"
        hint="From tomorrow onwards."
        min={earliest.executionDate}
        className="sm:max-w-xs"
        {...form.field("executionDate")}
      />
    );
  }
  return (
    <div className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="How often" {...form.field("frequency")}>
          {STANDING_ORDER_FREQUENCIES.map((value) => (
            <option key={value} value={value}>
              {FREQUENCY_LABELS[value]}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          label="First payment"
          hint="A working day, at least 3 working days from today."
          min={earliest.firstPaymentDate}
          {...form.field("firstPaymentDate")}
        />
      </div>
      <ChoiceCards legend="Ends" choices={ENDS} {...form.field("end")} />
      {end === "on_date" && (
        <TextField
          type="date"
          label="Last payment"
          hint="After the first payment."
          min={earliest.firstPaymentDate}
          className="sm:max-w-xs"
          {...form.field("lastPaymentDate")}
        />
      )}
      {end === "after_count" && (
        <TextField
          label="Number of payments"
          inputMode="numeric"
          hint="From 2 to 999."
          className="sm:max-w-xs"
          {...form.field("paymentCount")}
        />
      )}
    </div>
  );
}
