import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export function ConnectionsListSkeleton() {
  return (
    <LoadingRegion label="Loading your connected banks…" className="grid gap-4 lg:grid-cols-2">
      {[0, 1].map((card) => (
        <Card key={card} className="flex flex-col gap-4 p-5 sm:p-6">
          <div className="flex items-center gap-4">
            <Skeleton circle className="size-10" />
            <div className="flex flex-col gap-2">
              <Skeleton className="h-5 w-40" />
              <Skeleton className="h-4 w-56 max-w-full" />
            </div>
          </div>
          <Skeleton className="h-4 w-32" />
          <div className="flex gap-2">
            <Skeleton className="h-8 w-28" />
            <Skeleton className="h-8 w-28" />
          </div>
        </Card>
      ))}
    </LoadingRegion>
  );
}
