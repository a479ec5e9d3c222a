"use client";

import { useState } from "react";
import { TextField } from "@/components/ui/text-field";

export interface ShareFieldProps {
  /** The share as a ratio in (0, 1]; the field shows and takes it as a percentage. */
  ratio: number;
  onChange: (ratio: number) => void;
  hint?: React.ReactNode;
  error?: string;
}

/** The goal's share of its account, typed as a percentage ("50" or "12.5"); anything unreadable is NaN, for the schema to refuse. */
export function ShareField({ ratio, onChange, hint, error }: ShareFieldProps) {
  const [text, setText] = useState(() => String(Math.round(ratio * 10000) / 100));
  return (
    <TextField
      label="Share of the account (%)"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      hint={hint}
      error={error}
      onChange={(event) => {
        setText(event.target.value);
        const trimmed = event.target.value.trim().replace(/%$/, "");
        onChange(trimmed === "" || !/^\d+(\.\d+)?$/.test(trimmed) ? Number.NaN : Number(trimmed) / 100);
      }}
    />
  );
}
