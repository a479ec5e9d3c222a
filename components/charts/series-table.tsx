import type { ChartRow, ChartSeries } from "@/components/charts/types";
import { formatMoney } from "@/lib/format";

export interface SeriesTableProps {
  caption: string;
  /** The first column's heading: what each row is ("Date", "Month"). */
  rowHeading: string;
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  currency: string;
}

/** A chart's rows × series as a table, exact en-GB money in every cell. */
export function SeriesTable({ caption, rowHeading, rows, series, currency }: SeriesTableProps) {
  return (
    <div className="max-h-80 overflow-auto rounded-lg border border-border">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-surface-muted text-left text-text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              {rowHeading}
            </th>
            {series.map((column) => (
              <th key={column.key} scope="col" className="px-3 py-2 text-right font-medium">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-border">
              <th scope="row" className="px-3 py-2 text-left font-normal text-text">
                {row.label}
              </th>
              {series.map((column) => (
                <td key={column.key} className="px-3 py-2 text-right tabular-nums text-text">
                  {row.values[column.key] === undefined ? "—" : formatMoney({ minor: row.values[column.key] ?? 0, currency })}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
