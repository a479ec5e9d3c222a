import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export function AccountHeaderSkeleton() {
  return (
    <LoadingRegion label="Loading account…">
      <div className="flex items-center gap-4">
        <Skeleton circle className="size-10" />
        <div>
          <Skeleton className="h-8 w-56 max-w-full" />
          <Skeleton className="mt-2 h-4 w-72 max-w-full" />
        </div>
      </div>
      <Card className="mt-6 p-5 sm:p-6">
        <Skeleton className="h-4 w-20" />
        <Skeleton className="mt-2 h-10 w-48" />
      </Card>
    </LoadingRegion>
  );
}
