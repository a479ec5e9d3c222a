"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { AccountTransactionsSkeleton } from "@/components/transactions/account-transactions-skeleton";
import { LoadMore } from "@/components/transactions/load-more";
import { NoTransactions } from "@/components/transactions/no-transactions";
import { TransactionDayGroups } from "@/components/transactions/transaction-day-groups";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { Section } from "@/components/ui/section";
import { accountTransactionsQuery } from "@/lib/queries";

/** One account's transactions, newest first, a page at a time. */
export function AccountTransactions({ accountId }: { accountId: string }) {
  const query = useInfiniteQuery(accountTransactionsQuery(accountId));
  return (
    <Section title="Transactions">
      <QueryView query={query} skeleton={<AccountTransactionsSkeleton />} errorTitle="We couldn’t load transactions">
        {({ pages }) => {
          const transactions = pages.flatMap((page) => page.items);
          if (transactions.length === 0) {
            return <NoTransactions description="Payments in and out of this account will show up here." />;
          }
          return (
            <Card className="overflow-hidden">
              <TransactionDayGroups transactions={transactions} />
              <LoadMore
                shown={transactions.length}
                hasMore={query.hasNextPage}
                loading={query.isFetchingNextPage}
                error={query.isFetchNextPageError ? query.error : null}
                onLoadMore={() => void query.fetchNextPage()}
              />
            </Card>
          );
        }}
      </QueryView>
    </Section>
  );
}
