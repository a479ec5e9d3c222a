"use client";

import { useQuery, useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState, type ComponentType } from "react";
import { DayHeading } from "@/components/transactions/day-heading";
import { LoadMore } from "@/components/transactions/load-more";
import { TransactionRow, transactionRefOf } from "@/components/transactions/transaction-row";
import { useLoadNearEnd } from "@/components/transactions/use-load-near-end";
import type { VirtualRowsProps } from "@/components/transactions/virtual-rows";
import { Card } from "@/components/ui/card";
import type { Transaction } from "@/lib/domain";
import { accountsQuery } from "@/lib/queries";
import { transactionListQuery } from "@/lib/transaction-filter-queries";
import type { TransactionSearchListInput } from "@/lib/transaction-filter-queries";
import { rowKey, toDayRows, type TransactionListRow } from "@/lib/transaction-rows";

/*
 * The virtualizer (≈8 kB gzip) is not part of the page's first load: the first page is plain DOM, and the
 * virtualized rows take over when the customer scrolls on to the next page.
 */
let virtualRows: Promise<ComponentType<VirtualRowsProps>> | undefined;
const loadVirtualRows = () =>
  (virtualRows ??= import("@/components/transactions/virtual-rows").then(
    (module) => module.VirtualRows,
    (error: unknown) => {
      virtualRows = undefined; // asked again when the list next grows
      throw error;
    },
  ));

export interface TransactionListProps {
  filters: TransactionSearchListInput;
  /** Opens the detail in place (the drawer on wide screens); null leaves the row a plain link to its page. */
  onOpen: ((transaction: Transaction) => boolean) | null;
  /** Shown instead of the list when nothing matches. */
  empty: React.ReactNode;
}

/**
 * The /transactions list: every matching transaction, newest first, under sticky day headings, loaded a page at
 * a time as the window scrolls. Arrow keys move between rows; Enter opens one.
 */
export function TransactionList({ filters, onOpen, empty }: TransactionListProps) {
  const query = useSuspenseInfiniteQuery(transactionListQuery(filters));
  const { data: accounts = [] } = useQuery(accountsQuery());
  const rows = useMemo(() => toDayRows(query.data.pages.flatMap((page) => page.items)), [query.data]);
  const endRef = useLoadNearEnd(query);
  const listRef = useRef<HTMLDivElement>(null);
  const scrollToIndexRef = useRef<((index: number) => void) | null>(null);

  // Fetched beside the second page, so the two arrive together and the plain list is not left long for a while.
  useEffect(() => {
    if (query.isFetchingNextPage) loadVirtualRows().catch(() => undefined);
  }, [query.isFetchingNextPage]);
  const long = query.data.pages.length > 1;
  const [virtual, setVirtual] = useState<{ VirtualRows: ComponentType<VirtualRowsProps>; heights: ReadonlyMap<string, number> } | null>(null);
  // Back to one page (the filters changed): plain again, and measured afresh when it grows.
  if (!long && virtual) setVirtual(null);
  useEffect(() => {
    if (!long || virtual) return;
    void loadVirtualRows().then((VirtualRows) => {
      // The plain rows' real heights, so the virtualized list places them exactly where they were: estimates
      // would move what the customer is reading.
      const plainRows = listRef.current?.querySelectorAll<HTMLElement>("[data-key]") ?? [];
      setVirtual({ VirtualRows, heights: new Map([...plainRows].map((row) => [row.dataset.key!, row.offsetHeight])) });
    }, () => undefined); // not loaded: the plain list goes on working, only longer
  }, [long, virtual]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const current = Number((event.target as HTMLElement).closest<HTMLElement>("[data-index]")?.dataset.index ?? -1);
    const step = event.key === "ArrowDown" ? 1 : -1;
    let next = current + step;
    while (rows[next]?.kind === "day") next += step;
    if (!rows[next]) return;
    event.preventDefault();
    const virtualized = scrollToIndexRef.current;
    virtualized?.(next);
    // A virtualized row may only mount once scrolled to; focus it on the next frames.
    const focus = (tries: number) =>
      requestAnimationFrame(() => {
        const link = listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`);
        if (link) link.focus({ preventScroll: virtualized !== null });
        else if (tries > 0) focus(tries - 1);
      });
    focus(5);
  };

  const renderRow = (row: TransactionListRow) =>
    row.kind === "day" ? (
      <DayHeading day={row.day} date={row.date} net={row.net} />
    ) : (
      <TransactionRow
        transaction={row.transaction}
        accounts={accounts}
        data-ref={transactionRefOf(row.transaction)}
        // Not prefetched as rows scroll into view: a fling through 2,000 rows asked the server for ~300 detail
        // pages nobody opened (on wide screens a row opens the drawer in place anyway), and their responses' work
        // made long tasks while scrolling.
        prefetch={false}
        className="border-b border-border"
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || !onOpen) return;
          if (onOpen(row.transaction)) event.preventDefault();
        }}
      />
    );

  if (rows.length === 0) return <Card>{empty}</Card>;
  return (
    <Card className="overflow-clip">
      <div ref={listRef} role="group" aria-label="Transactions, newest first. Use the arrow keys to move between them." onKeyDown={onKeyDown}>
        {long && virtual ? (
          <virtual.VirtualRows rows={rows} renderRow={renderRow} heights={virtual.heights} scrollToIndexRef={scrollToIndexRef} />
        ) : (
          rows.map((row, index) => (
            // Every day's heading sticks while its rows pass under it; the next day's then covers it.
            <div key={rowKey(row)} data-key={rowKey(row)} data-index={index} className={row.kind === "day" ? "sticky top-14 z-10 lg:top-0" : undefined}>
              {renderRow(row)}
            </div>
          ))
        )}
      </div>
      <div ref={endRef} />
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </Card>
  );
}
