import { LoaderCircle } from "lucide";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";

export type ButtonVariant = "primary" | "secondary" | "ghost" | "ghost-danger" | "danger";
export type ButtonSize = "sm" | "md" | "lg";

const VARIANTS: Record<ButtonVariant, string> = {
  // Disabled (and not busy), a filled button turns grey: faded accent still read as enabled on the dark theme.
  primary:
    "bg-accent text-accent-contrast hover:bg-accent-hover shadow-sm disabled:not-aria-busy:bg-surface-muted disabled:not-aria-busy:text-text-muted disabled:not-aria-busy:opacity-100 disabled:not-aria-busy:shadow-none",
  secondary: "border border-border-strong bg-surface text-text hover:bg-surface-muted",
  ghost: "text-text hover:bg-surface-muted",
  // A destructive action that is not the page's main one (cn joins classes, so a colour passed in cannot override).
  "ghost-danger": "text-negative hover:bg-negative-soft",
  // Outlined rather than filled: the negative colour reads on both themes' surfaces, with no second text colour.
  danger: "border border-negative bg-surface text-negative hover:bg-negative-soft",
};

const SIZES: Record<ButtonSize, string> = {
  sm: "h-8 gap-1.5 rounded-md px-3 text-sm",
  md: "h-10 gap-2 rounded-lg px-4 text-sm",
  lg: "h-12 gap-2 rounded-lg px-5 text-base",
};

/** The button look, for links that act as buttons (`<Link className={buttonClasses()}>`). */
export function buttonClasses({
  variant = "primary",
  size = "md",
  className,
}: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(
    "inline-flex shrink-0 items-center justify-center font-medium whitespace-nowrap transition-colors",
    "disabled:cursor-not-allowed disabled:opacity-60",
    VARIANTS[variant],
    SIZES[size],
    className,
  );
}

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Disables the button and shows a spinner in front of the label, which stays so the width does not jump. */
  loading?: boolean;
}

export function Button({
  variant,
  size,
  loading = false,
  disabled,
  className,
  type = "button",
  children,
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      className={buttonClasses({ variant, size, className })}
      {...props}
    >
      {loading && <Icon of={LoaderCircle} className="size-4 animate-spin" />}
      {children}
    </button>
  );
}
