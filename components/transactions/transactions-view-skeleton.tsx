import { FilterTotalsSkeleton } from "@/components/transactions/filter-totals-skeleton";
import { TransactionFiltersSkeleton } from "@/components/transactions/filters/transaction-filters-skeleton";
import { TransactionListSkeleton } from "@/components/transactions/transaction-list-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

/** /transactions under its heading while the accounts it names are read: the filter bar, the totals and the list. */
export function TransactionsViewSkeleton() {
  return (
    <div className="flex flex-col gap-6">
      <TransactionFiltersSkeleton />
      {/* Laid out as the view lays out the totals and Export, so nothing moves when they arrive. */}
      <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 flex-1">
          <FilterTotalsSkeleton />
        </div>
        <Skeleton className="h-8 w-32 self-end sm:self-auto" />
      </div>
      <TransactionListSkeleton rows={10} label="Loading transactions…" />
    </div>
  );
}
