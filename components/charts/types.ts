/** One thing a chart draws: a slice, a bar segment or a line. Amounts are minor units in `currency`. */
export interface ChartSeries {
  key: string;
  label: string;
  color: string;
}

export interface ChartSlice extends ChartSeries {
  minor: number;
  /** Where a click on it leads: the transactions behind the number. */
  href?: string;
}

/** One x position (a date or a month) with a value per series key. */
export interface ChartRow {
  key: string;
  label: string;
  values: Record<string, number>;
  /** Per series key, where a click on that part of the row leads. */
  hrefs?: Record<string, string>;
}
