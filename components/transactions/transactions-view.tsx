"use client";

import { Filter } from "lucide";
import { useCallback } from "react";
import { TransactionFiltersSkeleton } from "@/components/transactions/filters/transaction-filters-skeleton";
import { FilterTotals } from "@/components/transactions/filter-totals";
import { TransactionList } from "@/components/transactions/transaction-list";
import { TransactionListSkeleton } from "@/components/transactions/transaction-list-skeleton";
import { DETAIL_KEYS, useTransactionFilters } from "@/components/transactions/use-transaction-filters";
import { transactionRefOf } from "@/components/transactions/transaction-row";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { later } from "@/components/ui/later";
import { preloadable } from "@/components/ui/preloadable";
import { useUrlParams } from "@/components/ui/use-url-params";
import { QueryBoundary } from "@/components/ui/query-boundary";
import type { Transaction } from "@/lib/domain";
import { hasFilters } from "@/lib/rules/transaction-filters";
import { DEFAULT_TRANSACTIONS_PAGE_SIZE } from "@/lib/rules/transaction-page";

/**
 * The drawer (Radix Dialog, the details and their recategorise flow) loads when a transaction is opened, or on the
 * first hover or focus of the list; a reload with `?txn=` in the URL fetches it at once.
 */
const TransactionDrawer = preloadable(() => import("@/components/transactions/detail/transaction-drawer").then((module) => module.TransactionDrawer));

/*
 * The filter bar and Export render on the server as everything else does, and hydrate just after the page: the
 * list, what the page is for, is interactive first (components/ui/later.tsx).
 */
const TransactionFilters = later(
  () => import("@/components/transactions/filters/transaction-filters").then((module) => module.TransactionFilters),
  { fallback: <TransactionFiltersSkeleton />, controls: true },
);
const ExportButton = later(() => import("@/components/transactions/export-button").then((module) => module.ExportButton), { controls: true });

/** Wide enough for the list and a drawer side by side; narrower screens open the detail as its own page. */
const DRAWER_MEDIA = "(min-width: 768px)";

/** The /transactions page under its heading: filters, the list they select, and the detail drawer. */
export function TransactionsView() {
  const { filters, problems, clear } = useTransactionFilters();
  const [{ txn }, setDetail] = useUrlParams(DETAIL_KEYS, { history: "push" });
  const open = useCallback(
    (transaction: Transaction) => {
      if (!window.matchMedia(DRAWER_MEDIA).matches) return false;
      setDetail({ txn: transactionRefOf(transaction) });
      return true;
    },
    [setDetail],
  );

  return (
    <div className="flex flex-col gap-6" onPointerOver={TransactionDrawer.preload} onFocus={TransactionDrawer.preload}>
      <TransactionFilters />
      {filters === null ? (
        <Card className="flex flex-col items-start gap-3 p-5">
          <Alert>These filters can’t be used: {problems?.join(" ")}</Alert>
          <Button variant="secondary" onClick={clear}>
            Clear filters
          </Button>
        </Card>
      ) : (
        <>
          {/* On a phone Export sits above the totals, so the totals get the whole width. */}
          <div className="flex flex-col-reverse gap-3 sm:flex-row sm:items-start sm:justify-between">
            <FilterTotals filters={filters} />
            <div className="self-end sm:self-auto">
              <ExportButton filters={filters} />
            </div>
          </div>
          <QueryBoundary skeleton={<TransactionListSkeleton rows={10} label="Loading transactions…" />} errorTitle="We couldn’t load your transactions">
            <TransactionList
              filters={{ ...filters, page_size: DEFAULT_TRANSACTIONS_PAGE_SIZE }}
              onOpen={open}
              empty={
                hasFilters(filters) ? (
                  <EmptyState
                    icon={Filter}
                    title="No transactions match these filters"
                    description="Try a wider date range or fewer filters."
                    action={<Button variant="secondary" onClick={clear}>Clear filters</Button>}
                  />
                ) : (
                  <EmptyState icon={Filter} title="No transactions yet" description="Payments in and out of your connected accounts will show up here." />
                )
              }
            />
          </QueryBoundary>
        </>
      )}
      {txn !== null && <TransactionDrawer.Component transactionRef={txn} onClose={() => setDetail({ txn: null })} />}
    </div>
  );
}
