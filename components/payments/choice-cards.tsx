import { cn } from "@/components/ui/cn";

export interface Choice {
  value: string;
  label: string;
  /** A line under the label (the bank is in maintenance, say), read out with it. */
  description?: string;
  disabled?: boolean;
  /** Shown before the label (a bank's logo). */
  icon?: React.ReactNode;
}

export interface ChoiceCardsProps {
  legend: string;
  choices: readonly Choice[];
  /** The radio group's field: every card is one radio of it. */
  name: string;
  /** The chosen card's value. */
  value: string;
  onChange: (event: React.ChangeEvent<HTMLInputElement>) => void;
  error?: React.ReactNode;
  /** Tailwind grid columns for wide screens; one column on phones. */
  columns?: "sm:grid-cols-2" | "sm:grid-cols-3";
}

/** A radio group drawn as cards: native radios, so arrow keys move within it and the browser submits it. */
export function ChoiceCards({ legend, choices, name, value, onChange, error, columns = "sm:grid-cols-3" }: ChoiceCardsProps) {
  const errorId = `${name}-error`;
  return (
    <fieldset aria-describedby={error ? errorId : undefined} className="flex min-w-0 flex-col gap-2">
      <legend className="mb-2 text-sm font-medium text-text">{legend}</legend>
      <div className={cn("grid gap-2", columns)}>
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={cn(
              "flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-border-strong bg-surface px-3 py-2.5 text-sm text-text",
              "transition-colors hover:bg-surface-muted has-[:checked]:border-accent has-[:checked]:bg-accent-soft",
              "has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-1 has-[:focus-visible]:outline-accent",
              "has-[:disabled]:cursor-not-allowed has-[:disabled]:bg-surface-muted has-[:disabled]:hover:bg-surface-muted",
            )}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={onChange}
              disabled={choice.disabled}
              // So that focusing the first invalid field can land on the group (a disabled card cannot take focus).
              aria-invalid={error && !choice.disabled ? true : undefined}
              className="size-4 shrink-0 accent-accent"
            />
            {choice.icon}
            <span className="flex min-w-0 flex-col">
              <span className="font-medium">{choice.label}</span>
              {choice.description && <span className="text-xs text-text-muted">{choice.description}</span>}
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-negative">
          {error}
        </p>
      )}
    </fieldset>
  );
}
