import { cn } from "@/components/ui/cn";

export type BadgeTone = "neutral" | "accent" | "warning" | "negative";

const TONES: Record<BadgeTone, string> = {
  neutral: "bg-surface-muted text-text-muted",
  accent: "bg-accent-soft text-accent-soft-text",
  warning: "bg-warning-soft text-warning",
  negative: "bg-negative-soft text-negative",
};

export function Badge({
  tone = "neutral",
  className,
  children,
}: {
  tone?: BadgeTone;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
