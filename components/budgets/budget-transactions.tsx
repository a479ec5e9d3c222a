"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { AccountTransactionsSkeleton } from "@/components/transactions/account-transactions-skeleton";
import { LoadMore } from "@/components/transactions/load-more";
import { NoTransactions } from "@/components/transactions/no-transactions";
import { TransactionDayGroups } from "@/components/transactions/transaction-day-groups";
import { Card } from "@/components/ui/card";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { budgetTransactionsQuery } from "@/lib/request-queries";

/** The spending that counts against the budget in the period shown, newest first, a page at a time. */
export function BudgetTransactions({ budgetId, day }: { budgetId: string; day?: string }) {
  return (
    <Section title="Spending in this period">
      <QueryBoundary skeleton={<AccountTransactionsSkeleton />} errorTitle="We couldn’t load this budget’s spending">
        <Transactions budgetId={budgetId} day={day} />
      </QueryBoundary>
    </Section>
  );
}

function Transactions({ budgetId, day }: { budgetId: string; day?: string }) {
  const query = useSuspenseInfiniteQuery(budgetTransactionsQuery(budgetId, { day }));
  const transactions = query.data.pages.flatMap((page) => page.items);
  if (transactions.length === 0) return <NoTransactions description="Nothing has counted against this budget in this period." />;
  return (
    <Card className="overflow-hidden">
      <TransactionDayGroups transactions={transactions} />
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </Card>
  );
}
