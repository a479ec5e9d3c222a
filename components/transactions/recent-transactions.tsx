"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { ChevronRight } from "lucide";
import Link from "next/link";
import { NoTransactions } from "@/components/transactions/no-transactions";
import { RecentTransactionsSkeleton } from "@/components/transactions/recent-transactions-skeleton";
import { TransactionDayGroups } from "@/components/transactions/transaction-day-groups";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { RECENT_TRANSACTIONS } from "@/lib/queries";
import { transactionsQuery } from "@/lib/transaction-queries";

/** Overview's latest activity across every account. */
export function RecentTransactions() {
  return (
    <Section
      title="Recent transactions"
      action={
        <Link href="/transactions" className="inline-flex items-center gap-0.5 rounded text-sm font-semibold text-accent hover:underline">
          View all
          <Icon of={ChevronRight} className="size-4" />
        </Link>
      }
    >
      <QueryBoundary skeleton={<RecentTransactionsSkeleton />} errorTitle="We couldn’t load your transactions">
        <Recent />
      </QueryBoundary>
    </Section>
  );
}

function Recent() {
  const { data } = useSuspenseQuery(transactionsQuery({ page_size: RECENT_TRANSACTIONS }));
  if (data.items.length === 0) {
    return <NoTransactions description="Payments in and out of your connected accounts will show up here." />;
  }
  return (
    <Card className="overflow-hidden">
      <TransactionDayGroups transactions={data.items} />
    </Card>
  );
}
