"use client";

import { useQuery, useSuspenseInfiniteQuery } from "@tanstack/react-query";
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { DayHeading } from "@/components/transactions/day-heading";
import { LoadMore } from "@/components/transactions/load-more";
import { TransactionRow, transactionRefOf } from "@/components/transactions/transaction-row";
import { Card } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { Transaction } from "@/lib/domain";
import { accountsQuery } from "@/lib/queries";
import { transactionListQuery } from "@/lib/transaction-filter-queries";
import type { TransactionSearchListInput } from "@/lib/transaction-filter-queries";
import { toDayRows } from "@/lib/transaction-rows";

const ROW_HEIGHT = 68;
const HEADING_HEIGHT = 34;
/** Ask for the next page while this many rows are still below the screen: scrolling never hits the end. */
const PREFETCH_ROWS = 20;

export interface TransactionListProps {
  filters: TransactionSearchListInput;
  /** Opens the detail in place (the drawer on wide screens); null leaves the row a plain link to its page. */
  onOpen: ((transaction: Transaction) => boolean) | null;
  /** Shown instead of the list when nothing matches. */
  empty: React.ReactNode;
}

/**
 * The /transactions list: every matching transaction, newest first, under sticky day headings, loaded a page at
 * a time as the window scrolls. Only the rows on screen (and a few either side) are in the DOM, however far the
 * customer scrolls. Arrow keys move between rows; Enter opens one.
 */
export function TransactionList({ filters, onOpen, empty }: TransactionListProps) {
  const query = useSuspenseInfiniteQuery(transactionListQuery(filters));
  const { data: accounts = [] } = useQuery(accountsQuery());
  const rows = useMemo(() => toDayRows(query.data.pages.flatMap((page) => page.items)), [query.data]);
  const headingIndexes = useMemo(() => rows.flatMap((row, index) => (row.kind === "day" ? [index] : [])), [rows]);
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => setScrollMargin(listRef.current?.offsetTop ?? 0), []);

  // The heading of the day at the top of the screen stays rendered, pinned, while its rows scroll under it.
  const headingAt = useCallback(
    (startIndex: number) => headingIndexes.findLast((index) => index <= startIndex) ?? 0,
    [headingIndexes],
  );
  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([headingAt(range.startIndex), ...defaultRangeExtractor(range)])].sort((a, b) => a - b),
    [headingAt],
  );

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (index) => (rows[index]?.kind === "day" ? HEADING_HEIGHT : ROW_HEIGHT),
    overscan: 8,
    scrollMargin,
    // Let React schedule the renders scrolling asks for, instead of one synchronous render per scroll event: with
    // 2,000 rows loaded those renders ran back to back into 50-100 ms long tasks on this machine.
    useFlushSync: false,
    rangeExtractor,
    getItemKey: (index) => {
      const row = rows[index];
      return row?.kind === "day" ? `day:${row.day}` : `t:${row?.transaction.id ?? index}`;
    },
  });
  const items = virtualizer.getVirtualItems();
  const pinnedIndex = headingAt(virtualizer.range?.startIndex ?? 0);
  const lastIndex = items.at(-1)?.index ?? 0;
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  useEffect(() => {
    if (lastIndex >= rows.length - PREFETCH_ROWS && hasNextPage && !isFetchingNextPage && !isFetchNextPageError) {
      void fetchNextPage();
    }
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const current = Number((event.target as HTMLElement).closest<HTMLElement>("[data-index]")?.dataset.index ?? -1);
    const step = event.key === "ArrowDown" ? 1 : -1;
    let next = current + step;
    while (rows[next]?.kind === "day") next += step;
    if (!rows[next]) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next, { align: "auto" });
    // The row may only mount once scrolled to; focus it on the next frames.
    const focus = (tries: number) =>
      requestAnimationFrame(() => {
        const link = listRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`);
        if (link) link.focus({ preventScroll: true });
        else if (tries > 0) focus(tries - 1);
      });
    focus(5);
  };

  if (rows.length === 0) return <Card>{empty}</Card>;
  return (
    <Card className="overflow-clip">
      <div
        ref={listRef}
        role="group"
        aria-label="Transactions, newest first. Use the arrow keys to move between them."
        onKeyDown={onKeyDown}
        className="relative"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const row = rows[item.index]!;
          const pinned = row.kind === "day" && item.index === pinnedIndex;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className={cn("inset-x-0 top-0", pinned ? "sticky top-14 z-10 lg:top-0" : "absolute")}
              style={pinned ? undefined : { transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            >
              {row.kind === "day" ? (
                <DayHeading day={row.day} date={row.date} net={row.net} />
              ) : (
                <TransactionRow
                  transaction={row.transaction}
                  accounts={accounts}
                  data-ref={transactionRefOf(row.transaction)}
                  // Not prefetched as rows scroll into view: a fling through 2,000 rows asked the server for ~300
                  // detail pages nobody opened (on wide screens a row opens the drawer in place anyway), and their
                  // responses' work made long tasks while scrolling.
                  prefetch={false}
                  className="border-b border-border"
                  onClick={(event) => {
                    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || !onOpen) return;
                    if (onOpen(row.transaction)) event.preventDefault();
                  }}
                />
              )}
            </div>
          );
        })}
      </div>
      <LoadMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        error={query.isFetchNextPageError ? query.error : null}
        onLoadMore={() => void query.fetchNextPage()}
      />
    </Card>
  );
}
