import { cn } from "@/components/ui/cn";

export type ProgressTone = "accent" | "warning" | "negative";

const TONES: Record<ProgressTone, string> = { accent: "bg-accent", warning: "bg-warning", negative: "bg-negative" };

/** A horizontal bar filled to `share` (capped at full); `label` names it for screen readers, which read the percent. */
export function ProgressBar({ share, tone = "accent", label }: { share: number; tone?: ProgressTone; label: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, share)) * 100);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className="h-2.5 w-full overflow-hidden rounded-full bg-surface-muted"
    >
      <div className={cn("h-full rounded-full transition-[width]", TONES[tone])} style={{ width: `${percent}%` }} />
    </div>
  );
}
