"use client";

import { ChoiceCards, type Choice } from "@/components/payments/choice-cards";
import { KIND_LABELS } from "@/components/payments/payment-labels";
import type { PaymentFormApi } from "@/components/payments/use-payment-form";
import { Logo } from "@/components/ui/logo";
import type { PaymentKind, PaymentProvider } from "@/lib/schemas/payments";

/** Why a bank can't be chosen for this payment, or nothing when it can. */
function unavailable(provider: PaymentProvider, kind: PaymentKind): string | undefined {
  if (provider.maintenance) return "Down for maintenance, try again later";
  if (!provider.kinds.includes(kind)) return `Doesn’t offer “${KIND_LABELS[kind]}” payments`;
  return undefined;
}

/** The paying bank: every bank Bud Pay offers, those in maintenance (or without this kind of payment) shown but not selectable. */
export function BankField({ form, providers }: { form: PaymentFormApi; providers: readonly PaymentProvider[] }) {
  const kind = form.values.kind;
  const choices: Choice[] = providers.map((option) => {
    const reason = unavailable(option, kind);
    return {
      value: option.provider.id,
      label: option.provider.name,
      description: reason ?? (option.currencies.includes("EUR") ? "Pays in pounds and euros" : "Pays in pounds"),
      disabled: reason !== undefined,
      icon: <Logo src={option.provider.logoUrl} name={option.provider.name} size="sm" />,
    };
  });
  return (
    <ChoiceCards
      legend="Pay from"
      choices={choices}
      {...form.field("provider")}
      columns="sm:grid-cols-2"
    />
  );
}
