"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { CategoryBreakdown } from "@/components/insights/category-breakdown";
import { ChartCardSkeleton } from "@/components/insights/chart-card-skeleton";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { SectionLink } from "@/components/insights/section-link";
import { Card } from "@/components/ui/card";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { currenciesOf, spendingByCategory } from "@/lib/insights/counting";
import { categoryFlowsQuery } from "@/lib/request-queries";

/** Overview's "where did my money go this month": one breakdown per currency spent in. */
export function SpendingThisMonth({ month }: { month: string }) {
  return (
    <Section title="Spending this month" action={<SectionLink href={`/spending?period=${month}`}>See spending</SectionLink>}>
      <QueryBoundary skeleton={<ChartCardSkeleton label="Loading this month’s spending…" rows={6} />} errorTitle="We couldn’t load your spending">
        <Spending month={month} />
      </QueryBoundary>
    </Section>
  );
}

function Spending({ month }: { month: string }) {
  const { data } = useSuspenseQuery(categoryFlowsQuery({ period: month }));
  const currencies = currenciesOf(data.flows).filter((currency) => spendingByCategory(data.flows, currency).length > 0);
  if (currencies.length === 0) {
    return (
      <Card>
        <NotEnoughData description="Once you spend this month, your categories will show here." />
      </Card>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {currencies.map((currency) => (
        <Card key={currency} className="p-5">
          <CategoryBreakdown flows={data.flows} range={data} currency={currency} otherHref={`/spending?period=${month}`} />
        </Card>
      ))}
    </div>
  );
}
