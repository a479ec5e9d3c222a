import { ChevronDown } from "lucide";
import { useId } from "react";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";

export interface SelectFieldProps extends Omit<React.SelectHTMLAttributes<HTMLSelectElement>, "id"> {
  label: string;
  /** Helper text under the field, read out with it (why it is disabled, say). */
  hint?: React.ReactNode;
  /** Shown under the field when the choice is rejected; marks the field invalid. */
  error?: React.ReactNode;
}

/** A native select styled as TextField: the platform's own picker on phones, and full keyboard support. */
export function SelectField({ label, hint, error, className, children, ...props }: SelectFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn("flex min-w-0 flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-text">
        {label}
      </label>
      <div className="relative">
        <select
          id={id}
          aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
          aria-invalid={error ? true : undefined}
          className={cn(
            "h-11 w-full appearance-none rounded-lg border bg-surface pr-9 pl-3 text-base text-text",
            "transition-colors focus-visible:outline-2 focus-visible:outline-offset-0",
            error ? "border-negative" : "border-border-strong hover:border-text-muted",
            "disabled:cursor-not-allowed disabled:opacity-60",
          )}
          {...props}
        >
          {children}
        </select>
        <Icon of={ChevronDown} aria-hidden className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-text-muted" />
      </div>
      {error && (
        <p id={errorId} className="text-sm text-negative">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-xs text-text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
