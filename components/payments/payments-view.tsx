"use client";

import { parseAsStringLiteral, useQueryState } from "nuqs";
import { useTransition } from "react";
import { PaymentsList } from "@/components/payments/payments-list";
import { STATE_LABELS } from "@/components/payments/payment-words";
import { cn } from "@/components/ui/cn";
import { PAYMENT_STATES } from "@/lib/payments/rules";

const FILTERS = [{ value: null, label: "All" }, ...PAYMENT_STATES.map((value) => ({ value, label: STATE_LABELS[value] }))];

/** The list under its state filter, which lives in the URL (`/payments?state=paid`) so it survives reloads and links. */
export function PaymentsView() {
  const [pending, startTransition] = useTransition();
  const [state, setState] = useQueryState("state", parseAsStringLiteral(PAYMENT_STATES).withOptions({ startTransition, history: "push" }));
  return (
    <div className="flex flex-col gap-4" aria-busy={pending || undefined}>
      <div role="group" aria-label="Show payments" className="flex flex-wrap gap-2">
        {FILTERS.map((filter) => {
          const active = state === filter.value;
          return (
            <button
              key={filter.label}
              type="button"
              aria-pressed={active}
              onClick={() => void setState(filter.value)}
              className={cn(
                "h-9 rounded-full border px-3.5 text-sm font-medium transition-colors",
                active ? "border-accent bg-accent-soft text-accent-soft-text" : "border-border-strong bg-surface text-text hover:bg-surface-muted",
              )}
            >
              {filter.label}
            </button>
          );
        })}
      </div>
      <PaymentsList query={state ? { state } : {}} />
    </div>
  );
}
