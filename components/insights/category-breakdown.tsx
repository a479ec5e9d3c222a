"use client";

import Link from "next/link";
import { OTHER_COLOR, seriesColor } from "@/components/charts/chart-colors";
import { DonutChart } from "@/components/charts/lazy";
import type { ChartSlice } from "@/components/charts/types";
import { MoneyAmount } from "@/components/ui/money";
import { humanizeSlug, formatPercent } from "@/lib/format";
import { spendingByCategory, topWithOther, totalOf, type CategoryFlow, type Spend } from "@/lib/insights/counting";
import { transactionsHref } from "@/lib/insights/links";
import type { DateRange } from "@/lib/periods";

export const TOP_CATEGORIES = 6;

export interface CategoryBreakdownProps {
  flows: readonly CategoryFlow[];
  range: DateRange;
  currency: string;
  /** Where "Other" leads: the page that lists every category. */
  otherHref: string;
}

function slicesOf({ range, otherHref }: CategoryBreakdownProps, spends: readonly Spend[]): ChartSlice[] {
  const { top, other } = topWithOther(spends, TOP_CATEGORIES);
  const slices: ChartSlice[] = top.map((spend, index) => ({
    key: spend.category,
    label: humanizeSlug(spend.category),
    color: seriesColor(index),
    minor: spend.amount.minor,
    href: transactionsHref(range, { category_l1: spend.category }),
  }));
  return other ? [...slices, { key: "other", label: "Other", color: OTHER_COLOR, minor: other.amount.minor, href: otherHref }] : slices;
}

/**
 * Spending in one currency: the total, a donut of the top six and "Other", and a legend with every amount and
 * share (the chart's table alternative, always shown) whose rows link to the transactions behind them.
 */
export function CategoryBreakdown(props: CategoryBreakdownProps) {
  const { currency } = props;
  const spends = spendingByCategory(props.flows, currency);
  const slices = slicesOf(props, spends);
  const total = totalOf(spends, currency);
  const legend = (
    <ul className="flex flex-col" aria-label={`Spending by category in ${currency}`}>
      {slices.map((slice) => (
        <li key={slice.key}>
          <Link
            href={slice.href ?? "#"}
            className="-mx-2 flex items-center gap-3 rounded-md px-2 py-2 text-sm hover:bg-surface-muted"
          >
            <span aria-hidden="true" className="size-3 shrink-0 rounded-full" style={{ background: slice.color }} />
            <span className="min-w-0 flex-1 truncate text-text">{slice.label}</span>
            <span className="text-text-muted tabular-nums">{formatPercent(slice.minor / total.minor)}</span>
            <MoneyAmount amount={{ minor: slice.minor, currency }} className="w-24 text-right font-medium text-text" />
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="flex flex-col gap-4">
      <p>
        <span className="block text-sm text-text-muted">Spent</span>
        <MoneyAmount amount={total} className="text-3xl font-semibold tracking-tight text-text" />
      </p>
      <DonutChart slices={slices} currency={currency} label={`Spending by category in ${currency}; the list below has the amounts`} />
      {legend}
    </div>
  );
}
