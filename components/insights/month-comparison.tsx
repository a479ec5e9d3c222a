"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowDownRight, ArrowUpRight } from "lucide";
import Link from "next/link";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { LoadingRegion } from "@/components/ui/loading-region";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { SkeletonRow } from "@/components/ui/skeleton-row";
import { formatMoney, formatShortDate, humanizeSlug } from "@/lib/format";
import { compareCategories, hasHistory, type CategoryComparison } from "@/lib/insights/comparison";
import { currenciesOf } from "@/lib/insights/counting";
import { transactionsHref } from "@/lib/insights/links";
import type { DateRange } from "@/lib/periods";
import { monthComparisonQuery } from "@/lib/queries";

const SHOWN = 5;

/** This month so far against the same days of last month and the six-month average, category by category. */
export function MonthComparison() {
  return (
    <Section title="This month so far">
      <QueryBoundary skeleton={<ComparisonSkeleton />} errorTitle="We couldn’t compare this month">
        <Comparison />
      </QueryBoundary>
    </Section>
  );
}

function Comparison() {
  const { data } = useSuspenseQuery(monthComparisonQuery());
  const input = { current: data.current.flows, previous: data.previous.flows, months: data.months.map((month) => month.flows) };
  const currency = currenciesOf([...input.current, ...input.previous])[0];
  if (!currency || !hasHistory(input, currency)) {
    return (
      <Card>
        <NotEnoughData description="After your first full month, this compares each month with the one before." />
      </Card>
    );
  }
  const rows = compareCategories(input, currency).slice(0, SHOWN);
  return (
    <Card className="p-5">
      <p className="text-sm text-text-muted">
        {formatShortDate(data.current.from)}–{formatShortDate(data.current.to)} against {formatShortDate(data.previous.from)}–
        {formatShortDate(data.previous.to)}
      </p>
      <ul className="mt-2 divide-y divide-border">
        {rows.map((row) => (
          <ComparisonRow key={row.category} row={row} range={data.current} />
        ))}
      </ul>
    </Card>
  );
}

function ComparisonRow({ row, range }: { row: CategoryComparison; range: DateRange }) {
  const change = row.current.minor - row.previous.minor;
  const arrow = change > 0 ? ArrowUpRight : ArrowDownRight;
  return (
    <li>
      <Link href={transactionsHref(range, { category_l1: row.category })} className="-mx-2 block rounded-md px-2 py-3 hover:bg-surface-muted">
        <span className="flex items-baseline justify-between gap-3">
          <span className="truncate font-medium text-text">{humanizeSlug(row.category)}</span>
          <MoneyAmount amount={row.current} className="font-medium text-text" />
        </span>
        <span className="mt-0.5 flex flex-wrap items-center gap-x-3 text-sm text-text-muted">
          {change !== 0 && (
            <span className="inline-flex items-center gap-0.5">
              <Icon of={arrow} aria-hidden="true" className={change > 0 ? "size-4 text-negative" : "size-4 text-positive"} />
              {formatMoney({ minor: Math.abs(change), currency: row.current.currency })} {change > 0 ? "more" : "less"} than last month
            </span>
          )}
          {change === 0 && <span>Same as last month</span>}
          {row.average && <span>6-month average {formatMoney(row.average)}</span>}
        </span>
      </Link>
    </li>
  );
}

function ComparisonSkeleton() {
  return (
    <LoadingRegion label="Comparing this month…">
      <Card>
        <ul>
          {Array.from({ length: SHOWN }, (_, index) => (
            <SkeletonRow key={index} />
          ))}
        </ul>
      </Card>
    </LoadingRegion>
  );
}
