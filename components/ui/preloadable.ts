"use client";

import { createElement, lazy, Suspense, type ComponentType } from "react";

/**
 * A component that is only shown on interaction (a dialog and the form inside it), in its own chunk: fetched the
 * first time it renders, or earlier by `preload()` on hover or focus of what opens it, so opening stays instant.
 * Pages keep it out of their first load by rendering it only once it is wanted, so it never renders on the
 * server. React's own `lazy` rather than `next/dynamic`, whose server-render and preload plumbing (≈1.5 kB gzip)
 * such a component never uses; its Suspense shows nothing for the moment the chunk may still be on its way.
 */
export function preloadable<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  let loading: Promise<ComponentType<Props>> | undefined;
  const loadOnce = () => (loading ??= load());
  const Lazy = lazy(async () => ({ default: await loadOnce() }));
  function Component(props: Props) {
    return createElement(Suspense, { fallback: null }, createElement(Lazy, props));
  }
  return { Component, preload: () => void loadOnce() };
}
