"use client";

import { useRouter } from "next/navigation";
import { Cell, Pie, PieChart, ResponsiveContainer, Tooltip } from "recharts";
import { MoneyTooltip } from "@/components/charts/money-tooltip";
import type { ChartSlice } from "@/components/charts/types";

export interface DonutChartProps {
  slices: readonly ChartSlice[];
  currency: string;
  /** What the chart shows, for screen readers (the table beside it has the numbers). */
  label: string;
}

/** Shares of a total; a slice with an href opens the transactions behind it. Loaded only by chart widgets. */
export default function DonutChart({ slices, currency, label }: DonutChartProps) {
  const router = useRouter();
  return (
    <div className="h-56 w-full" role="figure" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <PieChart accessibilityLayer>
          <Pie
            data={slices.map((slice) => ({ ...slice, name: slice.label, value: slice.minor }))}
            dataKey="value"
            nameKey="name"
            innerRadius="62%"
            outerRadius="95%"
            paddingAngle={1}
            stroke="var(--surface)"
            isAnimationActive={false}
            onClick={(_, index) => {
              const href = slices[index]?.href;
              if (href) router.push(href);
            }}
          >
            {slices.map((slice) => (
              <Cell key={slice.key} fill={slice.color} className={slice.href ? "cursor-pointer" : undefined} />
            ))}
          </Pie>
          <Tooltip content={(props) => <MoneyTooltip {...props} currency={currency} />} />
        </PieChart>
      </ResponsiveContainer>
    </div>
  );
}
