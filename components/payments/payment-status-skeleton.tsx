import { Skeleton } from "@/components/ui/skeleton";
import { StatusCardSkeleton } from "@/components/ui/status-card-skeleton";

export function PaymentStatusSkeleton() {
  return (
    <StatusCardSkeleton label="Checking on your payment…">
      <Skeleton className="h-36 rounded-xl" />
    </StatusCardSkeleton>
  );
}
