import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";
import { SkeletonRow } from "@/components/ui/skeleton-row";

/** A card of `rows` transaction-shaped placeholders under one day heading. */
export function TransactionListSkeleton({ rows, label }: { rows: number; label: string }) {
  return (
    <LoadingRegion label={label}>
      <Card className="overflow-hidden">
        <div className="bg-surface-muted/60 px-4 py-2.5 sm:px-5">
          <Skeleton className="h-3 w-20" />
        </div>
        <ul className="divide-y divide-border">
          {Array.from({ length: rows }, (_, row) => (
            <SkeletonRow key={row} />
          ))}
        </ul>
      </Card>
    </LoadingRegion>
  );
}
