"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { MoneyTooltip } from "@/components/charts/money-tooltip";
import type { ChartRow, ChartSeries } from "@/components/charts/types";
import { formatMoneyCompact } from "@/lib/format";

export interface StackedBarChartProps {
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  currency: string;
  label: string;
}

/** One bar per row, stacked by series; a segment with an href opens the transactions behind it. */
export default function StackedBarChart({ rows, series, currency, label }: StackedBarChartProps) {
  const router = useRouter();
  const data = rows.map((row) => ({ label: row.label, ...row.values }));
  return (
    <div className="h-72 w-full" role="figure" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
          <CartesianGrid stroke="var(--border)" vertical={false} />
          <XAxis dataKey="label" tick={{ fill: "var(--text-muted)", fontSize: 12 }} stroke="var(--border-strong)" />
          <YAxis
            width={64}
            tick={{ fill: "var(--text-muted)", fontSize: 12 }}
            stroke="var(--border-strong)"
            tickFormatter={(value: number) => formatMoneyCompact({ minor: value, currency })}
          />
          <Tooltip cursor={{ fill: "var(--surface-muted)" }} content={(props) => <MoneyTooltip {...props} currency={currency} />} />
          {series.map((bar) => (
            <Bar
              key={bar.key}
              dataKey={bar.key}
              name={bar.label}
              stackId="total"
              fill={bar.color}
              isAnimationActive={false}
              className="cursor-pointer"
              onClick={(_, index) => {
                const href = rows[index]?.hrefs?.[bar.key];
                if (href) router.push(href);
              }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
