import { Skeleton } from "@/components/ui/skeleton";
import { StatusCardSkeleton } from "@/components/ui/status-card-skeleton";

export function JourneyProgressSkeleton() {
  return (
    <StatusCardSkeleton label="Checking on your bank…">
      <div className="flex flex-col gap-3">
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} className="h-6 w-56" />
        ))}
      </div>
    </StatusCardSkeleton>
  );
}
