import { useId } from "react";
import { cn } from "@/components/ui/cn";

export interface TextFieldProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, "id"> {
  label: string;
  /** Helper text under the field, read out with it. */
  hint?: React.ReactNode;
  /** Shown instead of nothing when the value is rejected; marks the field invalid. */
  error?: React.ReactNode;
}

export function TextField({ label, hint, error, className, ...props }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={cn("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="text-sm font-medium text-text">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(" ") || undefined}
        className={cn(
          "h-11 rounded-lg border bg-surface px-3 text-base text-text transition-colors placeholder:text-text-muted",
          "focus-visible:outline-2 focus-visible:outline-offset-0",
          error ? "border-negative" : "border-border-strong hover:border-text-muted",
        )}
        {...props}
      />
      {error && (
        <p id={errorId} className="text-sm text-negative">
          {error}
        </p>
      )}
      {hint && (
        <p id={hintId} className="text-sm text-text-muted">
          {hint}
        </p>
      )}
    </div>
  );
}
