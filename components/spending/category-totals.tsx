"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { ChevronDown } from "lucide";
import Link from "next/link";
import { useId, useState } from "react";
import { seriesColor } from "@/components/charts/chart-colors";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { LoadingRegion } from "@/components/ui/loading-region";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { SkeletonRow } from "@/components/ui/skeleton-row";
import { formatCount, formatPercent, humanizeSlug } from "@/lib/format";
import { currenciesOf, spendingByCategory, totalOf, type Spend } from "@/lib/insights/counting";
import { transactionsHref } from "@/lib/insights/links";
import type { DateRange } from "@/lib/periods";
import { categoryFlowsQuery } from "@/lib/request-queries";

/** Every category's spending in the period, largest first, each opening into its subcategories. */
export function CategoryTotals({ period }: { period: string }) {
  return (
    <Section title="By category">
      <QueryBoundary skeleton={<TotalsSkeleton />} errorTitle="We couldn’t load your categories">
        <Totals period={period} />
      </QueryBoundary>
    </Section>
  );
}

function Totals({ period }: { period: string }) {
  const { data } = useSuspenseQuery(categoryFlowsQuery({ period }));
  const currencies = currenciesOf(data.flows).filter((currency) => spendingByCategory(data.flows, currency).length > 0);
  if (currencies.length === 0) {
    return (
      <Card>
        <NotEnoughData description="There’s no spending in this period. Try another one." />
      </Card>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {currencies.map((currency) => {
        const spends = spendingByCategory(data.flows, currency);
        const total = totalOf(spends, currency);
        return (
          <Card key={currency}>
            <p className="flex items-baseline justify-between border-b border-border px-4 py-3 sm:px-5">
              <span className="text-sm text-text-muted">Total spent</span>
              <MoneyAmount amount={total} className="text-xl font-semibold text-text" />
            </p>
            <ul className="divide-y divide-border">
              {spends.map((spend, index) => (
                <CategoryRow key={spend.category} spend={spend} share={spend.amount.minor / total.minor} color={seriesColor(index)} range={data} />
              ))}
            </ul>
          </Card>
        );
      })}
    </div>
  );
}

function CategoryRow({ spend, share, color, range }: { spend: Spend; share: number; color: string; range: DateRange }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const name = humanizeSlug(spend.category);
  return (
    <li className="px-4 py-3 sm:px-5">
      <div className="flex items-center gap-2">
        <Link href={transactionsHref(range, { category_l1: spend.category })} className="group min-w-0 flex-1 rounded-md">
          <span className="flex items-baseline justify-between gap-3">
            <span className="truncate font-medium text-text group-hover:underline">{name}</span>
            <MoneyAmount amount={spend.amount} className="font-medium text-text" />
          </span>
          <span className="mt-1 flex items-center gap-3 text-sm text-text-muted">
            <span aria-hidden="true" className="h-1.5 flex-1 overflow-hidden rounded-full bg-surface-muted">
              <span className="block h-full rounded-full" style={{ width: `${share * 100}%`, background: color }} />
            </span>
            <span className="tabular-nums">{formatPercent(share)}</span>
            <span className="hidden sm:inline">{formatCount(spend.count, "transaction")}</span>
          </span>
        </Link>
        {spend.subcategories.length > 0 && (
          <button
            type="button"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={`${name} subcategories`}
            onClick={() => setOpen(!open)}
            className="grid size-9 shrink-0 place-items-center rounded-md text-text-muted hover:bg-surface-muted hover:text-text"
          >
            <Icon of={ChevronDown} className={open ? "size-5 rotate-180 transition-transform" : "size-5 transition-transform"} />
          </button>
        )}
      </div>
      {open && (
        <ul id={listId} className="mt-2 ml-3 border-l border-border pl-3">
          {spend.subcategories.map((sub) => (
            <li key={sub.category}>
              <Link
                href={transactionsHref(range, { category_l1: spend.category, category_l2: sub.category })}
                className="flex items-baseline justify-between gap-3 rounded-md px-2 py-1.5 text-sm hover:bg-surface-muted"
              >
                <span className="truncate text-text">{humanizeSlug(sub.category)}</span>
                <MoneyAmount amount={sub.amount} className="text-text" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function TotalsSkeleton() {
  return (
    <LoadingRegion label="Loading your categories…">
      <Card>
        <ul>
          {Array.from({ length: 6 }, (_, index) => (
            <SkeletonRow key={index} />
          ))}
        </ul>
      </Card>
    </LoadingRegion>
  );
}
