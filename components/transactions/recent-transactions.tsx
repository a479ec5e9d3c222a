"use client";

import { useQuery } from "@tanstack/react-query";
import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { NoTransactions } from "@/components/transactions/no-transactions";
import { RecentTransactionsSkeleton } from "@/components/transactions/recent-transactions-skeleton";
import { TransactionDayGroups } from "@/components/transactions/transaction-day-groups";
import { Card } from "@/components/ui/card";
import { QueryView } from "@/components/ui/query-view";
import { Section } from "@/components/ui/section";
import { recentTransactionsQuery } from "@/lib/queries";

/** Overview's latest activity across every account. */
export function RecentTransactions() {
  const query = useQuery(recentTransactionsQuery());
  return (
    <Section
      title="Recent transactions"
      action={
        <Link
          href="/transactions"
          className="inline-flex items-center gap-0.5 rounded text-sm font-semibold text-accent hover:underline"
        >
          View all
          <ChevronRight className="size-4" />
        </Link>
      }
    >
      <QueryView
        query={query}
        skeleton={<RecentTransactionsSkeleton />}
        errorTitle="We couldn’t load your transactions"
      >
        {({ items }) =>
          items.length === 0 ? (
            <NoTransactions description="Payments in and out of your connected accounts will show up here." />
          ) : (
            <Card className="overflow-hidden">
              <TransactionDayGroups transactions={items} />
            </Card>
          )
        }
      </QueryView>
    </Section>
  );
}
