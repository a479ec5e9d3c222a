import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export function TransactionDetailsSkeleton() {
  return (
    <LoadingRegion label="Loading the transaction…">
      <div className="flex items-center gap-4">
        <Skeleton circle className="size-10 shrink-0" />
        <div className="flex-1">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="mt-2 h-7 w-28" />
        </div>
      </div>
      <div className="mt-6 flex flex-col gap-4">
        {Array.from({ length: 7 }, (_, row) => (
          <Skeleton key={row} className="h-4 w-full" />
        ))}
      </div>
    </LoadingRegion>
  );
}
