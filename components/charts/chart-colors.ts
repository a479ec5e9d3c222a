/** Series colours from the theme (app/globals.css), so dark mode swaps them; each passes 3:1 against surface. */
const SERIES = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)", "var(--chart-6)"];

export const OTHER_COLOR = "var(--chart-other)";

export function seriesColor(index: number): string {
  return SERIES[index % SERIES.length] ?? OTHER_COLOR;
}
