"use client";

import { useEffect, useState } from "react";

/** Ask for the next page while this much of the list (about 20 rows) is still below the screen: scrolling never hits the end. */
const AHEAD_PX = 1400;

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * Loads the next page whenever the element given the returned ref (placed at the end of the list) comes within `AHEAD_PX` of
 * the screen, and again after each page while it is still that close. A failed page waits for the list's Retry.
 */
export function useLoadNearEnd({ hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage }: PagedQuery) {
  // A callback ref: the end mounts and unmounts with the list (an empty list has none).
  const [end, setEnd] = useState<HTMLElement | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (!end) return;
    const observer = new IntersectionObserver(([entry]) => setNear(entry?.isIntersecting ?? false), {
      rootMargin: `0px 0px ${AHEAD_PX}px 0px`,
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [end]);
  useEffect(() => {
    if (near && hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [near, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
  return setEnd;
}
