import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

/** The totals card while it adds up: its two figures and the line saying what counts. */
export function FilterTotalsSkeleton() {
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
