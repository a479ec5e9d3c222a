"use client";

import { useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { ChevronRight } from "lucide";
import Link from "next/link";
import { AccountTransactionsSkeleton } from "@/components/transactions/account-transactions-skeleton";
import { LoadMore } from "@/components/transactions/load-more";
import { NoTransactions } from "@/components/transactions/no-transactions";
import { TransactionDayGroups } from "@/components/transactions/transaction-day-groups";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { accountTransactionsQuery } from "@/lib/transaction-queries";
import { toSearchParams } from "@/lib/schemas/search-params";

/** One account's transactions, newest first, a page at a time. */
export function AccountTransactions({ accountId }: { accountId: string }) {
  return (
    <Section
      title="Transactions"
      action={
        <Link
          href={`/transactions?${toSearchParams({ account_id: accountId })}`}
          className="inline-flex items-center gap-0.5 rounded text-sm font-semibold text-accent hover:underline"
        >
          Search and filter
          <Icon of={ChevronRight} className="size-4" aria-hidden />
        </Link>
      }
    >
      <QueryBoundary skeleton={<AccountTransactionsSkeleton />} errorTitle="We couldn’t load transactions">
        <Transactions accountId={accountId} />
      </QueryBoundary>
    </Section>
  );
}

function Transactions({ accountId }: { accountId: string }) {
  const query = useSuspenseInfiniteQuery(accountTransactionsQuery(accountId));
  const transactions = query.data.pages.flatMap((page) => page.items);
  if (transactions.length === 0) {
    return <NoTransactions description="Payments in and out of this account will show up here." />;
  }
  return (
    <Card className="overflow-hidden">
      <TransactionDayGroups transactions={transactions} />
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        // A failed next page stays here, under the rows that did load; only a failed first page is the boundary's.
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </Card>
  );
}
