"use client";

import { ChevronLeft, ChevronRight } from "lucide";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { TextField } from "@/components/ui/text-field";
import { periodLabel, stepMonth, thisMonth } from "@/lib/insights/spending-period";
import { resolvePeriod, type IsoDate, type Period } from "@/lib/periods";
import { dateRangeSchema } from "@/lib/schemas/period";

export interface PeriodPickerProps {
  period: Period;
  today: IsoDate;
  onChange: (value: string) => void;
}

const PRESETS = [
  { value: "1m", label: "Last month" },
  { value: "3m", label: "3 months" },
  { value: "6m", label: "6 months" },
  { value: "1y", label: "12 months" },
  { value: "ytd", label: "Year to date" },
] as const;

/** Month steps, presets and a custom range; every choice goes into the URL, so it can be shared and reloaded. */
export function PeriodPicker({ period, today, onChange }: PeriodPickerProps) {
  const range = resolvePeriod(period, today);
  const current = thisMonth(today);
  const next = stepMonth(period, range.to, 1);
  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-2">
        <Button variant="secondary" size="sm" aria-label="Previous month" onClick={() => onChange(stepMonth(period, range.to, -1))}>
          <Icon of={ChevronLeft} className="size-4" />
        </Button>
        <p className="min-w-0 flex-1 text-center text-lg font-semibold text-text sm:flex-none sm:px-2" aria-live="polite">
          {periodLabel(period)}
        </p>
        <Button variant="secondary" size="sm" aria-label="Next month" disabled={next > current} onClick={() => onChange(next)}>
          <Icon of={ChevronRight} className="size-4" />
        </Button>
      </div>
      <div role="group" aria-label="Periods" className="flex flex-wrap gap-2">
        <Preset label="This month" pressed={period.kind === "month" && period.month === current} onClick={() => onChange(current)} />
        {PRESETS.map((preset) => (
          <Preset
            key={preset.value}
            label={preset.label}
            pressed={(period.kind === "rolling" && period.preset === preset.value) || (period.kind === "ytd" && preset.value === "ytd")}
            onClick={() => onChange(preset.value)}
          />
        ))}
      </div>
      <CustomRange initial={range} onApply={(from, to) => onChange(`${from}..${to}`)} />
    </div>
  );
}

function Preset({ label, pressed, onClick }: { label: string; pressed: boolean; onClick: () => void }) {
  return (
    <Button variant={pressed ? "primary" : "secondary"} size="sm" aria-pressed={pressed} onClick={onClick}>
      {label}
    </Button>
  );
}

/** Two dates, checked with the same schema the server uses before the URL changes. */
function CustomRange({ initial, onApply }: { initial: { from: string; to: string }; onApply: (from: string, to: string) => void }) {
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  return (
    <details className="group rounded-lg">
      <summary className="w-fit cursor-pointer rounded text-sm font-semibold text-accent">Custom dates</summary>
      <form
        className="mt-3 flex flex-wrap items-end gap-3"
        onSubmit={(event) => {
          event.preventDefault();
          const parsed = dateRangeSchema.safeParse({ from, to });
          if (parsed.success) {
            setErrors({});
            onApply(parsed.data.from, parsed.data.to);
            return;
          }
          const issue = (field: string) => parsed.error.issues.find((candidate) => candidate.path[0] === field)?.message;
          setErrors({ from: issue("from"), to: issue("to") });
        }}
      >
        <TextField label="From" type="date" value={from} onChange={(event) => setFrom(event.target.value)} error={errors.from} />
        <TextField label="To" type="date" value={to} onChange={(event) => setTo(event.target.value)} error={errors.to} />
        <Button type="submit" variant="secondary">
          Show
        </Button>
      </form>
    </details>
  );
}
