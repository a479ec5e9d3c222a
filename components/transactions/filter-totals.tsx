"use client";

import { Card } from "@/components/ui/card";
import { later } from "@/components/ui/later";
import { LoadingRegion } from "@/components/ui/loading-region";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Skeleton } from "@/components/ui/skeleton";
import type { ValidFilters } from "@/lib/rules/transaction-filters";

/**
 * What the filters add up to, counted as every insight counts: the amount a customer clicked on Overview or
 * Spending is the amount shown here. Its own loading and error states, so the list never waits for it; its
 * figures hydrate after the page (components/ui/later.tsx).
 */
export function FilterTotals({ filters }: { filters: ValidFilters }) {
  return (
    <section aria-label="Totals" className="min-w-0 flex-1">
      <QueryBoundary skeleton={<FilterTotalsSkeleton />} errorTitle="We couldn’t add these transactions up">
        <Totals filters={filters} />
      </QueryBoundary>
    </section>
  );
}

const Totals = later(
  () => import("@/components/transactions/filter-totals-figures").then((module) => module.Totals),
  { fallback: <FilterTotalsSkeleton /> },
);

function FilterTotalsSkeleton() {
  return (
    <LoadingRegion label="Adding up these transactions…">
      <Card className="flex flex-col gap-2 px-4 py-3 sm:px-5">
        <div className="flex gap-8">
          <div className="flex flex-col gap-1.5">
            <Skeleton className="h-3 w-12" />
            <Skeleton className="h-6 w-24" />
          </div>
          <div className="flex flex-col gap-1.5">
            <Skeleton className="h-3 w-20" />
            <Skeleton className="h-6 w-10" />
          </div>
        </div>
        <Skeleton className="h-3 w-64 max-w-full" />
      </Card>
    </LoadingRegion>
  );
}
