"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

export type UrlParams<Key extends string> = Record<Key, string | null>;
export type UrlParamsPatch<Key extends string> = Partial<Record<Key, string | null>>;
export interface UrlParamsOptions {
  /** "push" makes a history entry (the back button returns to it); "replace" does not. */
  history: "push" | "replace";
}

/**
 * Some of the URL's query parameters as state, written with the browser's own history API, which Next.js keeps
 * in step with `useSearchParams` without asking the server for the page again. For /transactions, which changes
 * plain strings only and must stay within its first-load budget; nuqs (≈1.5 kB gzip) serves the pages whose
 * parameters it parses.
 */
export function useUrlParams<Key extends string>(keys: readonly Key[], defaults: UrlParamsOptions) {
  const params = useSearchParams();
  const values = useMemo(() => Object.fromEntries(keys.map((key) => [key, params.get(key)])) as UrlParams<Key>, [params, keys]);
  const set = useCallback(
    (patch: UrlParamsPatch<Key>, options: Partial<UrlParamsOptions> = {}) => {
      // From the address bar, not the last render: two changes in one event both land.
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries<string | null | undefined>(patch)) {
        if (value === null || value === undefined || value === "") next.delete(key);
        else next.set(key, value);
      }
      const query = next.toString();
      const url = `${window.location.pathname}${query ? `?${query}` : ""}${window.location.hash}`;
      if ((options.history ?? defaults.history) === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    },
    [defaults.history],
  );
  return [values, set] as const;
}
