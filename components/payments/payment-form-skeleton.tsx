import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

/** The form's shape while the banks and accounts load. */
export function PaymentFormSkeleton() {
  return (
    <LoadingRegion label="Loading the payment form" className="flex flex-col gap-7">
      {[3, 2, 3].map((cards, group) => (
        <div key={group} className="flex flex-col gap-2">
          <Skeleton className="h-4 w-24" />
          <div className="grid gap-2 sm:grid-cols-3">
            {Array.from({ length: cards }, (_, card) => (
              <Skeleton key={card} className="h-14" />
            ))}
          </div>
        </div>
      ))}
      <div className="grid gap-4 sm:grid-cols-2">
        <Skeleton className="h-11" />
        <Skeleton className="h-11" />
      </div>
    </LoadingRegion>
  );
}
