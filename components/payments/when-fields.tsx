"use client";

import { ChoiceCards } from "@/components/payments/choice-cards";
import { KIND_LABELS } from "@/components/payments/payment-labels";
import type { PaymentFormApi } from "@/components/payments/use-payment-form";
import { preloadable } from "@/components/ui/preloadable";
import { PAYMENT_KINDS } from "@/lib/payments/form-fields";

const KIND_HINTS = {
  single: "Leaves your account today",
  scheduled: "Goes once, on a day you choose",
  standing_order: "Repeats on a schedule",
} as const;

/** Most payments go now: a date's or a schedule's fields are fetched when the kinds are hovered or focused. */
const Dated = preloadable(() => import("@/components/payments/dated-fields").then((module) => module.DatedFields));

/** When the payment goes: now, on a date, or as a standing order with its schedule and its end. */
export function WhenFields({ form }: { form: PaymentFormApi }) {
  return (
    <div className="flex flex-col gap-4" onPointerEnter={Dated.preload} onFocus={Dated.preload}>
      <ChoiceCards
        legend="When"
        choices={PAYMENT_KINDS.map((value) => ({ value, label: KIND_LABELS[value], description: KIND_HINTS[value] }))}
        {...form.field("kind")}
      />
      {form.values.kind !== "single" && <Dated.Component form={form} />}
    </div>
  );
}
