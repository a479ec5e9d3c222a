import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export function GoalsSkeleton({ cards = 2 }: { cards?: number }) {
  return (
    <LoadingRegion label="Loading goals…" className="grid gap-4 md:grid-cols-2">
      {Array.from({ length: cards }, (_, index) => (
        <Card key={index} className="flex flex-col gap-4 p-5">
          <div className="flex items-center gap-4">
            <Skeleton circle className="size-16" />
            <div className="flex flex-1 flex-col gap-2">
              <Skeleton className="h-5 w-32" />
              <Skeleton className="h-4 w-44" />
              <Skeleton className="h-6 w-40" />
            </div>
          </div>
          <Skeleton className="h-4 w-56" />
          <Skeleton className="h-4 w-64" />
        </Card>
      ))}
    </LoadingRegion>
  );
}
