"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { OTHER_COLOR, seriesColor } from "@/components/charts/chart-colors";
import { ChartOrTable } from "@/components/charts/chart-or-table";
import { StackedBarChart } from "@/components/charts/lazy";
import { SeriesTable } from "@/components/charts/series-table";
import type { ChartRow, ChartSeries } from "@/components/charts/types";
import { ChartCardSkeleton } from "@/components/insights/chart-card-skeleton";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { Card } from "@/components/ui/card";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { formatShortMonth, humanizeSlug } from "@/lib/format";
import { currenciesOf, OTHER_CATEGORY } from "@/lib/insights/counting";
import { transactionsHref } from "@/lib/insights/links";
import { rankCategories, trendRows } from "@/lib/insights/trends";
import { spendingTrendsQuery } from "@/lib/request-queries";

/** Monthly spending for the six months up to the period's end, stacked by category or one category alone. */
export function SpendingTrend({ period }: { period: string }) {
  return (
    <Section title="Monthly trend">
      <QueryBoundary skeleton={<ChartCardSkeleton label="Loading your spending trend…" rows={0} />} errorTitle="We couldn’t load your spending trend">
        <Trend period={period} />
      </QueryBoundary>
    </Section>
  );
}

const ALL = "";

function Trend({ period }: { period: string }) {
  const { data } = useSuspenseQuery(spendingTrendsQuery({ period }));
  const [only, setOnly] = useState(ALL);
  const selectId = useId();
  const currency = currenciesOf(data.buckets.flatMap((bucket) => bucket.flows))[0];
  const ranked = currency ? rankCategories(data.buckets, currency) : [];
  const withSpending = data.buckets.filter((bucket) => bucket.flows.length > 0);
  // One month of data makes a trend of one bar: say so rather than draw it.
  if (!currency || ranked.length === 0 || withSpending.length < 2) {
    return (
      <Card>
        <NotEnoughData description="Once you have two months of spending, this shows how each month compares." />
      </Card>
    );
  }
  const trend = trendRows(data.buckets, currency, only || undefined);
  const series: ChartSeries[] = trend.categories.map((category, index) => ({
    key: category,
    label: category === OTHER_CATEGORY ? "Other" : humanizeSlug(category),
    color: category === OTHER_CATEGORY ? OTHER_COLOR : seriesColor(only ? ranked.indexOf(category) : index),
  }));
  const rows: ChartRow[] = trend.rows.map((row) => ({
    key: row.from,
    label: formatShortMonth(row.from),
    values: row.values,
    hrefs: Object.fromEntries(
      trend.categories
        .filter((category) => category !== OTHER_CATEGORY)
        .map((category) => [category, transactionsHref({ from: row.from.slice(0, 10), to: row.to.slice(0, 10) }, { category_l1: category })]),
    ),
  }));
  const caption = `Spending per month in ${currency}${only ? `, ${humanizeSlug(only)}` : ", by category"}`;
  return (
    <Card className="flex flex-col gap-3 p-5">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="text-sm font-medium text-text">
          Show
        </label>
        <select
          id={selectId}
          value={only}
          onChange={(event) => setOnly(event.target.value)}
          className="h-9 rounded-lg border border-border-strong bg-surface px-2 text-sm text-text"
        >
          <option value={ALL}>All categories</option>
          {ranked.map((category) => (
            <option key={category} value={category}>
              {humanizeSlug(category)}
            </option>
          ))}
        </select>
      </div>
      <ChartOrTable
        name="monthly trend"
        chart={<StackedBarChart rows={rows} series={series} currency={currency} label={`${caption}; use Show as table for the figures`} />}
        table={<SeriesTable caption={caption} rowHeading="Month" rows={rows} series={series} currency={currency} />}
      />
      <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-text-muted">
        {series.map((item) => (
          <li key={item.key} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className="size-2.5 rounded-full" style={{ background: item.color }} />
            {item.label}
          </li>
        ))}
      </ul>
    </Card>
  );
}
