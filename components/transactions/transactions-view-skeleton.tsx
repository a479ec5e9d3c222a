import { FilterTotalsSkeleton } from "@/components/transactions/filter-totals-skeleton";
import { TransactionFiltersSkeleton } from "@/components/transactions/filters/transaction-filters-skeleton";
import { TransactionListSkeleton } from "@/components/transactions/transaction-list-skeleton";

/** /transactions under its heading while the accounts it names are read: the filter bar, the totals and the list. */
export function TransactionsViewSkeleton() {
  return (
    <div className="flex flex-col gap-6">
      <TransactionFiltersSkeleton />
      <FilterTotalsSkeleton />
      <TransactionListSkeleton rows={10} label="Loading transactions…" />
    </div>
  );
}
