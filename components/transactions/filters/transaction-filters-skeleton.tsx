import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Skeleton } from "@/components/ui/skeleton";

const Field = ({ className }: { className?: string }) => (
  <div className={cn("flex flex-col gap-1.5", className)}>
    <Skeleton className="my-0.5 h-4 w-24" />
    <Skeleton className="h-11 w-full rounded-lg" />
  </div>
);

/** The filter bar's shape for the moment its code is on its way: the search, then seven fields (folded on phones). */
export function TransactionFiltersSkeleton() {
  return (
    <Card aria-hidden className="flex flex-col gap-4 p-4 sm:p-5">
      <Field />
      <div className="hidden gap-3 sm:grid sm:grid-cols-2 xl:grid-cols-4">
        {Array.from({ length: 7 }, (_, index) => (
          <Field key={index} className={index === 6 ? "sm:col-span-2" : undefined} />
        ))}
      </div>
    </Card>
  );
}
