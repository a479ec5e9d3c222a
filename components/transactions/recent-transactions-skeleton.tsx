import { TransactionListSkeleton } from "@/components/transactions/transaction-list-skeleton";
import { RECENT_TRANSACTIONS } from "@/lib/queries";

export function RecentTransactionsSkeleton() {
  return <TransactionListSkeleton rows={Math.min(RECENT_TRANSACTIONS, 6)} label="Loading recent transactions…" />;
}
