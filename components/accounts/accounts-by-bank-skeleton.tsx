import { Card } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { SkeletonRow } from "@/components/ui/skeleton-row";

/** One bank card with three account rows, shaped like BankGroup. */
export function AccountsByBankSkeleton() {
  return (
    <Card className="overflow-hidden">
      <div className="flex items-center gap-3 border-b border-border px-4 py-3 sm:px-5">
        <Skeleton circle className="size-8" />
        <Skeleton className="h-4 w-32" />
      </div>
      <ul className="divide-y divide-border">
        <SkeletonRow />
        <SkeletonRow />
        <SkeletonRow />
      </ul>
    </Card>
  );
}
