"use client";

import { FilterTotalsSkeleton } from "@/components/transactions/filter-totals-skeleton";
import { later } from "@/components/ui/later";
import { QueryBoundary } from "@/components/ui/query-boundary";
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
