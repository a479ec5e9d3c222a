"use client";

import { formatMoney } from "@/lib/format";

interface Entry {
  name?: string | number;
  value?: unknown;
  color?: string;
}

/** Recharts' tooltip content in en-GB money, in the theme's colours. */
export function MoneyTooltip({ active, payload, label, currency }: { active?: boolean; payload?: readonly Entry[]; label?: string | number; currency: string }) {
  if (!active || !payload?.length) return null;
  return (
    <div className="rounded-lg border border-border bg-surface px-3 py-2 text-sm text-text shadow-md">
      {label !== undefined && <p className="mb-1 font-medium">{label}</p>}
      <ul>
        {payload.map((entry) => (
          <li key={String(entry.name)} className="flex items-center gap-2">
            <span aria-hidden="true" className="size-2.5 rounded-full" style={{ background: entry.color }} />
            <span className="text-text-muted">{entry.name}</span>
            <span className="ml-auto pl-3 tabular-nums">{formatMoney({ minor: Number(entry.value ?? 0), currency })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
