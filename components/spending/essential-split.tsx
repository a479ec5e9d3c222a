"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { Skeleton } from "@/components/ui/skeleton";
import { formatPercent } from "@/lib/format";
import { currenciesOf, spendingByCategory, totalOf } from "@/lib/insights/counting";
import { essentialSplitQuery } from "@/lib/request-queries";

/** How much went on essentials (bills, food, transport…) against everything else. */
export function EssentialSplit({ period }: { period: string }) {
  return (
    <Section title="Essentials and extras">
      <QueryBoundary skeleton={<SplitSkeleton />} errorTitle="We couldn’t load essential spending">
        <Split period={period} />
      </QueryBoundary>
    </Section>
  );
}

function Split({ period }: { period: string }) {
  const { data } = useSuspenseQuery(essentialSplitQuery({ period }));
  const currencies = currenciesOf([...data.essential, ...data.nonessential]);
  const splits = currencies
    .map((currency) => ({
      currency,
      essential: totalOf(spendingByCategory(data.essential, currency), currency),
      extras: totalOf(spendingByCategory(data.nonessential, currency), currency),
    }))
    .filter((split) => split.essential.minor + split.extras.minor > 0);
  if (splits.length === 0) {
    return (
      <Card>
        <NotEnoughData description="There’s no spending in this period to split." />
      </Card>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {splits.map(({ currency, essential, extras }) => {
        const share = essential.minor / (essential.minor + extras.minor);
        return (
          <Card key={currency} className="flex flex-col gap-4 p-5">
            <div aria-hidden="true" className="flex h-3 overflow-hidden rounded-full bg-surface-muted">
              <span className="h-full bg-chart-1" style={{ width: `${share * 100}%` }} />
              <span className="h-full bg-chart-3" style={{ width: `${(1 - share) * 100}%` }} />
            </div>
            <dl className="grid grid-cols-2 gap-4">
              <div>
                <dt className="flex items-center gap-1.5 text-sm text-text-muted">
                  <span aria-hidden="true" className="size-2.5 rounded-full bg-chart-1" />
                  Essentials · {formatPercent(share)}
                </dt>
                <dd>
                  <MoneyAmount amount={essential} className="text-xl font-semibold text-text" />
                </dd>
              </div>
              <div>
                <dt className="flex items-center gap-1.5 text-sm text-text-muted">
                  <span aria-hidden="true" className="size-2.5 rounded-full bg-chart-3" />
                  Extras · {formatPercent(1 - share)}
                </dt>
                <dd>
                  <MoneyAmount amount={extras} className="text-xl font-semibold text-text" />
                </dd>
              </div>
            </dl>
          </Card>
        );
      })}
    </div>
  );
}

function SplitSkeleton() {
  return (
    <LoadingRegion label="Loading essential spending…">
      <Card className="flex flex-col gap-4 p-5">
        <Skeleton className="h-3 w-full" />
        <Skeleton className="h-12 w-full" />
      </Card>
    </LoadingRegion>
  );
}
