import { cn } from "@/components/ui/cn";
import { MoneyAmount } from "@/components/ui/money";
import type { Money } from "@/lib/domain";
import { formatDayHeading } from "@/lib/format";

/** "Fri 28 Nov" with the day's net on the right (h3: lists sit in an h2 section or under the page's h1). */
export function DayHeading({ day, date, net, className }: { day: string; date: string; net: Money[]; className?: string }) {
  return (
    <h3
      className={cn(
        "flex items-center justify-between gap-4 border-y border-border bg-surface-muted px-4 py-2 text-xs font-semibold tracking-wide text-text-muted uppercase sm:px-5",
        className,
      )}
    >
      {/* "Today" depends on the clock, which may tick past midnight between server render and hydration. */}
      <time dateTime={day} suppressHydrationWarning>
        {formatDayHeading(date)}
      </time>
      <span className="flex gap-2 normal-case">
        <span className="sr-only">Net for the day</span>
        {net.map((total) => (
          <MoneyAmount key={total.currency} amount={total} sign="always" tone="credits" />
        ))}
      </span>
    </h3>
  );
}
