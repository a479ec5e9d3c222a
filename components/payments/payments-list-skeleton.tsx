import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export function PaymentsListSkeleton() {
  return (
    <Card>
      <LoadingRegion label="Loading your payments" className="divide-y divide-border">
        {Array.from({ length: 4 }, (_, row) => (
          <div key={row} className="flex items-center gap-3 px-4 py-3.5 sm:px-5">
            <Skeleton circle className="size-8" />
            <div className="flex flex-1 flex-col gap-1.5">
              <Skeleton className="h-4 w-32" />
              <Skeleton className="h-3.5 w-48" />
            </div>
            <div className="flex flex-col items-end gap-1.5">
              <Skeleton className="h-4 w-16" />
              <Skeleton className="h-4 w-14 rounded-full" />
            </div>
          </div>
        ))}
      </LoadingRegion>
    </Card>
  );
}
