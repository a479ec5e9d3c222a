import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

/** The shape of a journey's status card (a bank's logo, a title and a line) while it loads; `children` is its body. */
export function StatusCardSkeleton({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <LoadingRegion label={label}>
      <Card className="flex flex-col gap-6 px-6 py-8 sm:px-8">
        <div className="flex items-center gap-4">
          <Skeleton circle className="size-10" />
          <div className="flex flex-col gap-2">
            <Skeleton className="h-5 w-48" />
            <Skeleton className="h-4 w-64 max-w-full" />
          </div>
        </div>
        {children}
      </Card>
    </LoadingRegion>
  );
}
