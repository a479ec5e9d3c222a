"use client";

import { CartesianGrid, Line, LineChart as RechartsLineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MoneyTooltip } from "@/components/charts/money-tooltip";
import type { ChartRow, ChartSeries } from "@/components/charts/types";
import { formatMoneyCompact } from "@/lib/format";

export interface LineChartProps {
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  currency: string;
  label: string;
}

/** Values over time, one line per series, money on the axis. Loaded only by chart widgets. */
export default function LineChart({ rows, series, currency, label }: LineChartProps) {
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  return (
    <div className="h-64 w-full" role="figure" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <RechartsLineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "var(--text-muted)", fontSize: 12 }} stroke="var(--border-strong)" minTickGap={24} />
          <YAxis
            width={64}
            tick={{ fill: "var(--text-muted)", fontSize: 12 }}
            stroke="var(--border-strong)"
            tickFormatter={(value: number) => formatMoneyCompact({ minor: value, currency })}
          />
          <Tooltip content={(props) => <MoneyTooltip {...props} currency={currency} />} />
          {series.map((line) => (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.label}
              stroke={line.color}
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </RechartsLineChart>
      </ResponsiveContainer>
    </div>
  );
}
