import type { Metadata } from "next";
import { HydrationBoundary, type DehydratedState } from "@tanstack/react-query";
import { Suspense } from "react";
import { NoBankYet } from "@/components/accounts/no-bank-yet";
import { PageHeader } from "@/components/layout/page-header";
import { TransactionsView } from "@/components/transactions/transactions-view";
import { TransactionsViewSkeleton } from "@/components/transactions/transactions-view-skeleton";
import { requireUser } from "@/lib/auth/require-user";
import { prefetcher } from "@/lib/prefetch";
import { TRANSACTION_FILTER_KEYS } from "@/lib/rules/transaction-filters";
import { DEFAULT_TRANSACTIONS_PAGE_SIZE } from "@/lib/rules/transaction-page";
import { TransactionFilterQuery, TransactionRef } from "@/lib/schemas/transactions";

export const metadata: Metadata = { title: "Transactions" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The first page for the URL's filters, the taxonomy and the accounts start at once; the list streams in. */
export default async function TransactionsPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const single = (key: string) => (typeof params[key] === "string" ? params[key] : undefined);
  const filters = TransactionFilterQuery.safeParse(Object.fromEntries(TRANSACTION_FILTER_KEYS.map((key) => [key, single(key)])));
  const prefetch = prefetcher(user);
  // The rows and the filters name accounts and categories: they render once those are in (see settledLookups).
  const lookups = prefetch.settledLookups();
  // Filters the schema refuses are the view's to explain; nothing is fetched for them.
  if (filters.success) {
    prefetch.transactionList({ ...filters.data, page_size: DEFAULT_TRANSACTIONS_PAGE_SIZE });
    prefetch.transactionTotals(filters.data);
  }
  const open = TransactionRef.safeParse(single("txn") ?? "");
  // The drawer's transaction, when the link opens one; a failure is the drawer's to show.
  if (open.success) await prefetch.transaction(single("txn")!).catch(() => undefined);
  return (
    <HydrationBoundary state={prefetch.dehydrate({ withoutLookups: true })}>
      <PageHeader title="Transactions" description="Every payment in and out, across all your accounts." />
      <NoBankYet userId={user.id} shows="every payment in and out of your accounts" />
      <Suspense fallback={<TransactionsViewSkeleton />}>
        <WithLookups state={lookups}>
          <TransactionsView />
        </WithLookups>
      </Suspense>
    </HydrationBoundary>
  );
}

async function WithLookups({ state, children }: { state: Promise<DehydratedState>; children: React.ReactNode }) {
  return <HydrationBoundary state={await state}>{children}</HydrationBoundary>;
}
