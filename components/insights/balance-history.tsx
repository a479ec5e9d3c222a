"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { seriesColor } from "@/components/charts/chart-colors";
import { ChartOrTable } from "@/components/charts/chart-or-table";
import { LineChart } from "@/components/charts/lazy";
import { SeriesTable } from "@/components/charts/series-table";
import type { ChartRow, ChartSeries } from "@/components/charts/types";
import { ChartCardSkeleton } from "@/components/insights/chart-card-skeleton";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { PeriodButtons } from "@/components/insights/period-buttons";
import { Card } from "@/components/ui/card";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { formatShortDate, formatShortMonth } from "@/lib/format";
import {
  accountLines,
  BALANCE_PERIODS,
  DEFAULT_BALANCE_PERIOD,
  pointLabelKind,
  totalLines,
  type BalanceLines,
  type BalancePeriod,
} from "@/lib/insights/balance-chart";
import type { Granularity } from "@/lib/periods";
import { accountsQuery } from "@/lib/queries";
import { balanceHistoryQuery } from "@/lib/request-queries";

export interface BalanceHistoryProps {
  /** One account's balance; without it, the total of every account (net worth). */
  accountId?: string;
  title: string;
}

/** Balance over time with a period switch; the chart keeps showing the last period while the next one loads. */
export function BalanceHistory({ accountId, title }: BalanceHistoryProps) {
  const [period, setPeriod] = useState<BalancePeriod>(DEFAULT_BALANCE_PERIOD);
  const [pending, startTransition] = useTransition();
  return (
    <Section
      title={title}
      action={
        <PeriodButtons
          label={`${title}: period`}
          options={BALANCE_PERIODS}
          value={period}
          onChange={(next) => startTransition(() => setPeriod(next))}
        />
      }
    >
      <QueryBoundary skeleton={<ChartCardSkeleton label="Loading your balance history…" rows={0} />} errorTitle="We couldn’t load your balance history">
        <div aria-busy={pending} className={pending ? "opacity-60 transition-opacity" : undefined}>
          <History period={period} accountId={accountId} />
        </div>
      </QueryBoundary>
    </Section>
  );
}

const SPLITS = [
  { value: "total", label: "Total", description: "the accounts in your totals added up" },
  { value: "accounts", label: "By account", description: "one line per account" },
] as const;

function History({ period, accountId }: { period: BalancePeriod; accountId?: string }) {
  const { data } = useSuspenseQuery(balanceHistoryQuery({ period }));
  const { data: accounts } = useSuspenseQuery(accountsQuery());
  const [split, setSplit] = useState<(typeof SPLITS)[number]["value"]>("total");
  const series = accountId ? data.accounts.filter((account) => account.accountId === accountId) : data.accounts;
  // An account's own page draws it even when hidden; elsewhere the total leaves hidden accounts out.
  const hidden = new Set(accountId ? [] : accounts.filter((account) => account.hiddenFromTotals).map((account) => account.id));
  const charts = totalLines(series, hidden)
    .filter((lines) => lines.rows.length >= 2)
    .map((lines) => (split === "accounts" ? accountLines(series, accounts, lines.currency) : lines));
  if (charts.length === 0) {
    return (
      <Card>
        <NotEnoughData description="Your balance history builds up as your bank shares more days of transactions." />
      </Card>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {charts.map((lines) => (
        <Card key={lines.currency} className="flex flex-col gap-2 p-5">
          {!accountId && series.length > 1 && (
            <PeriodButtons label="Show the total or each account" options={SPLITS} value={split} onChange={setSplit} />
          )}
          <BalanceChart lines={lines} granularity={data.granularity} />
        </Card>
      ))}
    </div>
  );
}

function BalanceChart({ lines, granularity }: { lines: BalanceLines; granularity: Granularity }) {
  const label = pointLabelKind(granularity) === "month" ? formatShortMonth : formatShortDate;
  const series: ChartSeries[] = lines.lines.map((line, index) => ({ ...line, color: seriesColor(index) }));
  const rows: ChartRow[] = lines.rows.map((row) => ({ key: row.date, label: label(row.date), values: row.values }));
  const caption = `Balance in ${lines.currency}, ${granularity}`;
  return (
    <ChartOrTable
      name="balance chart"
      chart={<LineChart rows={rows} series={series} currency={lines.currency} label={`${caption}; use Show as table for the figures`} />}
      table={<SeriesTable caption={caption} rowHeading="Date" rows={rows} series={series} currency={lines.currency} />}
    />
  );
}
