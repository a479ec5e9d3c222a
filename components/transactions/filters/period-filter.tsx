"use client";

import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { londonToday } from "@/lib/periods";
import { DATE_PRESET_LABELS, DATE_PRESETS, presetOf, presetRange, type DatePreset } from "@/lib/transaction-date-presets";
import type { FilterValues } from "@/lib/transaction-filter-rules";

interface Props {
  from: string | null | undefined;
  to: string | null | undefined;
  onChange: (patch: FilterValues) => void;
}

/** This month, last month, 3 or 12 months (London calendar, lib/periods.ts), all time, or two dates of one's own. */
export function PeriodFilter({ from, to, onChange }: Props) {
  const today = londonToday();
  const preset = presetOf(from, to, today);
  const choose = (value: string) => {
    if (value === "all") onChange({ from: null, to: null });
    else if (value === "custom") onChange({ from: from ?? presetRange("this_month", today).from, to: to ?? today });
    else onChange(presetRange(value as DatePreset, today));
  };
  return (
    <>
      <SelectField label="Dates" value={preset} onChange={(event) => choose(event.target.value)}>
        {(["all", ...DATE_PRESETS, "custom"] as const).map((value) => (
          <option key={value} value={value}>
            {DATE_PRESET_LABELS[value]}
          </option>
        ))}
      </SelectField>
      {preset === "custom" && (
        <div className="grid grid-cols-2 gap-3 sm:col-span-2">
          <TextField
            label="From"
            type="date"
            value={from ?? ""}
            max={to ?? today}
            onChange={(event) => onChange({ from: event.target.value || null })}
          />
          <TextField
            label="To"
            type="date"
            value={to ?? ""}
            min={from ?? undefined}
            max={today}
            onChange={(event) => onChange({ to: event.target.value || null })}
          />
        </div>
      )}
    </>
  );
}
