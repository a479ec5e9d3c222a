import { formatDate, formatMonth } from "@/lib/format";
import { periodToString, shiftMonths, type IsoDate, type Period } from "@/lib/periods";
import { periodSchema } from "@/lib/schemas/period";

/*
 * The spending page's period: what the URL says, or this month with a visible note when the URL's period is not
 * one we can show; month steps and labels for the picker. Browser-safe.
 */

export interface SpendingPeriod {
  /** The URL form (`2026-06`, `3m`, `2026-01-01..2026-03-31`). */
  value: string;
  period: Period;
  /** Why the URL's period was replaced by this month, in words; absent when it was used as given. */
  replaced?: string;
}

export const thisMonth = (today: IsoDate): string => today.slice(0, 7);

export function spendingPeriod(text: string | null | undefined, today: IsoDate): SpendingPeriod {
  const fallback = thisMonth(today);
  if (!text) return { value: fallback, period: { kind: "month", month: fallback } };
  const parsed = periodSchema.safeParse(text);
  if (parsed.success) {
    const future = parsed.data.kind === "month" && parsed.data.month > fallback;
    if (!future) return { value: periodToString(parsed.data), period: parsed.data };
  }
  const reason = parsed.success ? "That month hasn’t happened yet." : (parsed.error.issues[0]?.message ?? "Choose a valid period.");
  return { value: fallback, period: { kind: "month", month: fallback }, replaced: `${reason} Showing this month instead.` };
}

/** The month before or after; from a preset or custom range, the month it ends in is the starting point. */
export function stepMonth(period: Period, endsOn: IsoDate, delta: number): string {
  const month = period.kind === "month" ? period.month : endsOn.slice(0, 7);
  return shiftMonths(`${month}-01`, delta).slice(0, 7);
}

const PRESET_LABELS = { "1m": "Last month", "3m": "Last 3 months", "6m": "Last 6 months", "1y": "Last 12 months" } as const;

export function periodLabel(period: Period): string {
  switch (period.kind) {
    case "month":
      return formatMonth(`${period.month}-01`);
    case "rolling":
      return PRESET_LABELS[period.preset];
    case "ytd":
      return "Year to date";
    case "custom":
      return `${formatDate(period.from)} – ${formatDate(period.to)}`;
  }
}
