/** A ring filled to `progress` (0–1) with the percentage in the middle; the figure is the accessible text. */
export function ProgressRing({ progress, label }: { progress: number; label: string }) {
  const percent = Math.round(Math.min(1, Math.max(0, progress)) * 100);
  const radius = 26;
  const circumference = 2 * Math.PI * radius;
  return (
    <div role="img" aria-label={`${label}: ${percent}% saved`} className="relative grid size-16 shrink-0 place-items-center">
      <svg viewBox="0 0 64 64" className="absolute inset-0 size-16 -rotate-90" aria-hidden="true">
        <circle cx="32" cy="32" r={radius} fill="none" strokeWidth="7" className="stroke-surface-muted" />
        <circle
          cx="32"
          cy="32"
          r={radius}
          fill="none"
          strokeWidth="7"
          strokeLinecap="round"
          className="stroke-accent"
          strokeDasharray={circumference}
          strokeDashoffset={circumference * (1 - percent / 100)}
        />
      </svg>
      <span className="text-sm font-semibold text-text tabular-nums" aria-hidden="true">
        {percent}%
      </span>
    </div>
  );
}
