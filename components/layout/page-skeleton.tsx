import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

/** The route-level stand-in while a page's server work runs: a heading and two cards. */
export function PageSkeleton() {
  return (
    <LoadingRegion label="Loading…">
      <Skeleton className="mb-8 h-9 w-48" />
      <div className="grid gap-6">
        <Card className="p-6">
          <Skeleton className="h-4 w-32" />
          <Skeleton className="mt-3 h-9 w-56" />
        </Card>
        <Card className="space-y-4 p-6">
          {[0, 1, 2, 3].map((row) => (
            <Skeleton key={row} className="h-10 w-full" />
          ))}
        </Card>
      </div>
    </LoadingRegion>
  );
}
