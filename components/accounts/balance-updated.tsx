import { formatDateTime, formatTimeAgo } from "@/lib/format";

/** "Updated 3 hours ago", or the date once it is older than a day; the exact time is in the tooltip. */
export function BalanceUpdated({ date, className }: { date: string | null; className?: string }) {
  if (!date) return null;
  return (
    <p className={className}>
      Updated{" "}
      {/* Relative to "now", which moves between the server render and hydration. */}
      <time dateTime={date} title={formatDateTime(date)} suppressHydrationWarning>
        {formatTimeAgo(date)}
      </time>
    </p>
  );
}
