import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

/** Totals and three budget cards' worth of placeholders. */
export function BudgetsSkeleton({ cards = 3, totals = true }: { cards?: number; totals?: boolean }) {
  return (
    <LoadingRegion label="Loading budgets…" className="flex flex-col gap-4">
      {totals && <Skeleton className="h-24 w-full rounded-2xl" />}
      <div className="grid gap-4 md:grid-cols-2">
        {Array.from({ length: cards }, (_, index) => (
          <Card key={index} className="flex flex-col gap-3 p-5">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-4 w-56" />
            <Skeleton className="h-6 w-48" />
            <Skeleton className="h-2.5 w-full rounded-full" />
            <Skeleton className="h-4 w-64" />
          </Card>
        ))}
      </div>
    </LoadingRegion>
  );
}
