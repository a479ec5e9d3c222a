"use client";

import { Filter } from "lucide";
import { useQueryStates } from "nuqs";
import { useCallback } from "react";
import { TransactionFilters } from "@/components/transactions/filters/transaction-filters";
import { ExportButton } from "@/components/transactions/export-button";
import { FilterTotals } from "@/components/transactions/filter-totals";
import { TransactionList } from "@/components/transactions/transaction-list";
import { TransactionListSkeleton } from "@/components/transactions/transaction-list-skeleton";
import { detailParsers, useTransactionFilters } from "@/components/transactions/use-transaction-filters";
import { transactionRefOf } from "@/components/transactions/transaction-row";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { preloadable } from "@/components/ui/preloadable";
import { QueryBoundary } from "@/components/ui/query-boundary";
import type { Transaction } from "@/lib/domain";
import { hasFilters } from "@/lib/rules/transaction-filters";
import { DEFAULT_TRANSACTIONS_PAGE_SIZE } from "@/lib/rules/transaction-page";

/**
 * The drawer (Radix Dialog, the details and their recategorise flow) loads when a transaction is opened, or on the
 * first hover or focus of the list; a reload with `?txn=` in the URL fetches it at once.
 */
const TransactionDrawer = preloadable(() => import("@/components/transactions/detail/transaction-drawer").then((module) => module.TransactionDrawer));

/** Wide enough for the list and a drawer side by side; narrower screens open the detail as its own page. */
const DRAWER_MEDIA = "(min-width: 768px)";

/** The /transactions page under its heading: filters, the list they select, and the detail drawer. */
export function TransactionsView() {
  const { filters, problems, clear } = useTransactionFilters();
  const [{ txn }, setDetail] = useQueryStates(detailParsers, { history: "push" });
  const open = useCallback(
    (transaction: Transaction) => {
      if (!window.matchMedia(DRAWER_MEDIA).matches) return false;
      void setDetail({ txn: transactionRefOf(transaction) });
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
      {txn !== null && <TransactionDrawer.Component transactionRef={txn} onClose={() => void setDetail({ txn: null })} />}
    </div>
  );
}
