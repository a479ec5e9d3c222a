import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export function JourneyProgressSkeleton() {
  return (
    <LoadingRegion label="Checking on your bank…">
      <Card className="flex flex-col gap-6 px-6 py-8 sm:px-8">
        <div className="flex items-center gap-4">
          <Skeleton circle className="size-10" />
          <div className="flex flex-col gap-2">
            <Skeleton className="h-5 w-48" />
            <Skeleton className="h-4 w-64 max-w-full" />
          </div>
        </div>
        <div className="flex flex-col gap-3">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} className="h-6 w-56" />
          ))}
        </div>
      </Card>
    </LoadingRegion>
  );
}
