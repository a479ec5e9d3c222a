"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/text-field";
import { amountRule } from "@/lib/rules/transaction-filters";
import type { FilterValues } from "@/lib/transaction-filter-rules";

type Bound = "amount_min" | "amount_max";

/** One end of the amount range, written to the URL when the field is left or Enter is pressed. */
function AmountField({ bound, label, value, onChange }: { bound: Bound; label: string; value: string | null | undefined; onChange: (patch: FilterValues) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const text = draft.trim().replace(/^£/, "");
    // An emptied field turns the bound off, as an empty parameter does in the URL.
    const problem = text === "" ? null : amountRule.problem(text);
    if (problem !== null) {
      setError(problem);
      return;
    }
    setError(null);
    setDraft(null);
    onChange({ [bound]: text || null });
  };
  return (
    <TextField
      label={label}
      inputMode="decimal"
      autoComplete="off"
      placeholder="£"
      value={draft ?? value ?? ""}
      error={error}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === "Enter") commit();
      }}
    />
  );
}

/** From/to amounts in pounds, whichever direction the money went. */
export function AmountFilter({ min, max, onChange }: { min: string | null | undefined; max: string | null | undefined; onChange: (patch: FilterValues) => void }) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:col-span-2">
      <AmountField bound="amount_min" label="Amount from" value={min} onChange={onChange} />
      <AmountField bound="amount_max" label="Amount to" value={max} onChange={onChange} />
    </div>
  );
}
