"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useSyncExternalStore } from "react";

export type UrlParams<Key extends string> = Record<Key, string | null>;
export type UrlParamsPatch<Key extends string> = Partial<Record<Key, string | null>>;
export interface UrlParamsOptions {
  /** "push" makes a history entry (the back button returns to it); "replace" does not. */
  history: "push" | "replace";
}

/*
 * Next.js applies a history.pushState to `useSearchParams` inside a transition, so a list reading them would keep
 * showing the old rows, with no sign of loading, until the new ones arrived. The query a write sets is therefore
 * shared at once (an urgent update: the list shows its skeleton) until Next's own search params catch up.
 */
let written: string | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    // The page is gone: what it wrote must not greet the next one.
    if (listeners.size === 0) written = null;
  };
};

/**
 * Some of the URL's query parameters as state, written with the browser's own history API, which Next.js keeps
 * in step with `useSearchParams` without asking the server for the page again. For /transactions, which changes
 * plain strings only and must stay within its first-load budget; nuqs (≈1.5 kB gzip) serves the pages whose
 * parameters it parses.
 */
export function useUrlParams<Key extends string>(keys: readonly Key[], defaults: UrlParamsOptions) {
  const current = useSearchParams().toString();
  const pending = useSyncExternalStore(subscribe, () => written, () => null);
  // Next's params moved (our write arrived, or Back, or a link): from here they are the truth again.
  const seen = useRef(current);
  useEffect(() => {
    if (seen.current === current) return;
    seen.current = current;
    if (written !== null) {
      written = null;
      notify();
    }
  }, [current]);

  const search = pending ?? current;
  const values = useMemo(() => {
    const params = new URLSearchParams(search);
    return Object.fromEntries(keys.map((key) => [key, params.get(key)])) as UrlParams<Key>;
  }, [search, keys]);

  const set = useCallback(
    (patch: UrlParamsPatch<Key>, options: Partial<UrlParamsOptions> = {}) => {
      // From the address bar, not the last render: two changes in one event both land.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries<string | null | undefined>(patch)) {
        if (value === null || value === undefined || value === "") next.delete(key);
        else next.set(key, value);
      }
      const query = next.toString();
      if (query === new URLSearchParams(window.location.search).toString()) return;
      const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if ((options.history ?? defaults.history) === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
      written = query;
      notify();
    },
    [defaults.history],
  );
  return [values, set] as const;
}
