import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

/** The shape of a chart card while its numbers load: a headline, the chart, a few legend rows. */
export function ChartCardSkeleton({ label, rows = 3 }: { label: string; rows?: number }) {
  return (
    <LoadingRegion label={label}>
      <Card className="flex flex-col gap-4 p-5">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-48 w-full" />
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} className="h-5 w-full" />
        ))}
      </Card>
    </LoadingRegion>
  );
}
