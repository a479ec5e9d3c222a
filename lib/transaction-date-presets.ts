import { monthRange, resolvePeriod, shiftMonths, type DateRange, type IsoDate } from "@/lib/periods";
import { present } from "@/lib/transaction-filter-rules";

/*
 * The period filter's presets on /transactions (London calendar, lib/periods.ts). Apart from the filter rules so
 * the page's first load, which only changes filters, does not carry the period maths the period picker needs.
 */

export const DATE_PRESETS = ["this_month", "last_month", "3m", "12m"] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];
export const DATE_PRESET_LABELS: Record<DatePreset | "all" | "custom", string> = {
  all: "All time",
  this_month: "This month",
  last_month: "Last month",
  "3m": "Last 3 months",
  "12m": "Last 12 months",
  custom: "Custom range",
};

/** The days a preset covers on `today` (London), from lib/periods.ts. */
export function presetRange(preset: DatePreset, today: IsoDate): DateRange {
  switch (preset) {
    case "this_month":
      return resolvePeriod({ kind: "month", month: today.slice(0, 7) }, today);
    case "last_month":
      return monthRange(shiftMonths(`${today.slice(0, 7)}-01`, -1).slice(0, 7));
    case "3m":
      return resolvePeriod({ kind: "rolling", preset: "3m" }, today);
    case "12m":
      return resolvePeriod({ kind: "rolling", preset: "1y" }, today);
  }
}

/** The preset a from/to pair came from, "all" for none, "custom" for any other range. */
export function presetOf(from: string | null | undefined, to: string | null | undefined, today: IsoDate): DatePreset | "all" | "custom" {
  if (!present(from) && !present(to)) return "all";
  const match = DATE_PRESETS.find((preset) => {
    const range = presetRange(preset, today);
    return range.from === from && range.to === to;
  });
  return match ?? "custom";
}
