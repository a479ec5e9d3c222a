import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export function PaymentStatusSkeleton() {
  return (
    <LoadingRegion label="Checking on your payment…">
      <Card className="flex flex-col gap-6 px-6 py-8 sm:px-8">
        <div className="flex items-center gap-4">
          <Skeleton circle className="size-10" />
          <div className="flex flex-col gap-2">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-4 w-56 max-w-full" />
          </div>
        </div>
        <Skeleton className="h-36 rounded-xl" />
      </Card>
    </LoadingRegion>
  );
}
