"use client";

import dynamic from "next/dynamic";

/**
 * A component that is only shown on interaction (a dialog and the form inside it), in its own chunk: fetched the
 * first time it renders, or earlier by `preload()` on hover or focus of what opens it, so opening stays instant.
 * Pages keep it out of their first load by rendering it only once it is wanted, as the charts do (lazy.tsx).
 */
export function preloadable<Props>(load: () => Promise<React.ComponentType<Props>>) {
  let loading: Promise<React.ComponentType<Props>> | undefined;
  const loadOnce = () => (loading ??= load());
  return { Component: dynamic(loadOnce, { ssr: false }), preload: () => void loadOnce() };
}
