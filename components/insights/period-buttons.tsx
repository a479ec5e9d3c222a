"use client";

import { cn } from "@/components/ui/cn";

export interface PeriodButtonsProps<P extends string> {
  options: readonly { value: P; label: string; description: string }[];
  value: P;
  onChange: (value: P) => void;
  /** Names the group for screen readers ("Balance chart period"). */
  label: string;
}

/** A row of toggle buttons for a short list of periods; the pressed one is the period shown. */
export function PeriodButtons<P extends string>({ options, value, onChange, label }: PeriodButtonsProps<P>) {
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-lg bg-surface-muted p-0.5">
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          aria-pressed={option.value === value}
          aria-label={`${option.label}, ${option.description}`}
          onClick={() => onChange(option.value)}
          className={cn(
            "h-8 min-w-10 rounded-md px-2 text-sm font-medium text-text-muted transition-colors",
            option.value === value ? "bg-surface text-text shadow-xs" : "hover:text-text",
          )}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
