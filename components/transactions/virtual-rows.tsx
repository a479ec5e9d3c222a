"use client";

import { defaultRangeExtractor, useWindowVirtualizer, type Range } from "@tanstack/react-virtual";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { rowKey, type TransactionListRow } from "@/lib/transaction-rows";

const ROW_HEIGHT = 70;
const HEADING_HEIGHT = 34;

export interface VirtualRowsProps {
  rows: readonly TransactionListRow[];
  renderRow: (row: TransactionListRow) => React.ReactNode;
  /** Heights already known by row key (the plain list's, before this took over); others are estimated. */
  heights: ReadonlyMap<string, number>;
  /** Set while mounted: scrolls a row into view, so the list's arrow keys can reach rows not in the DOM yet. */
  scrollToIndexRef: React.RefObject<((index: number) => void) | null>;
}

/**
 * The long /transactions list, once it holds more than its first page (transaction-list.tsx loads this module
 * then): only the rows on screen and a few either side are in the DOM, however far the customer scrolls. The
 * heading of the day at the top of the screen stays rendered, pinned, while its rows scroll under it.
 */
export function VirtualRows({ rows, renderRow, heights, scrollToIndexRef }: VirtualRowsProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => setScrollMargin(containerRef.current?.offsetTop ?? 0), []);

  const headingIndexes = useMemo(() => rows.flatMap((row, index) => (row.kind === "day" ? [index] : [])), [rows]);
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
    estimateSize: (index) => heights.get(rowKey(rows[index]!)) ?? (rows[index]!.kind === "day" ? HEADING_HEIGHT : ROW_HEIGHT),
    overscan: 8,
    scrollMargin,
    // Let React schedule the renders scrolling asks for, instead of one synchronous render per scroll event: with
    // 2,000 rows loaded those renders ran back to back into 50-100 ms long tasks on this machine.
    useFlushSync: false,
    rangeExtractor,
    getItemKey: (index) => rowKey(rows[index]!),
  });
  useEffect(() => {
    scrollToIndexRef.current = (index) => virtualizer.scrollToIndex(index, { align: "auto" });
    return () => {
      scrollToIndexRef.current = null;
    };
  }, [scrollToIndexRef, virtualizer]);

  const pinnedIndex = headingAt(virtualizer.range?.startIndex ?? 0);
  return (
    <div ref={containerRef} className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
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
            {renderRow(row)}
          </div>
        );
      })}
    </div>
  );
}
