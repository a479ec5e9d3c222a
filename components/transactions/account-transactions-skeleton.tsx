import { TransactionListSkeleton } from "@/components/transactions/transaction-list-skeleton";

export function AccountTransactionsSkeleton() {
  return <TransactionListSkeleton rows={8} label="Loading transactions…" />;
}
