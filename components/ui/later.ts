"use client";

import { createElement, lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from "react";

interface LaterOptions {
  /** Shown when it first renders in the browser (after a client-side navigation) while its chunk is on its way. */
  fallback?: ReactNode;
  /**
   * It holds inputs or buttons: they stay disabled until hydrated, so a choice made in the server's HTML before
   * the code arrives is not silently lost (the browser would show it, React would never hear of it).
   */
  controls?: boolean;
}

/**
 * A secondary part of a page (a filter bar, a totals card) whose code is not in the page's first load but whose
 * HTML is: the server renders it in full, and the browser hydrates it once its chunk has arrived, which it asks
 * for as the page hydrates. Until then it shows the server's HTML, not a placeholder.
 */
export function later<Props extends object>(load: () => Promise<ComponentType<Props>>, { fallback = null, controls = false }: LaterOptions = {}) {
  const Lazy = lazy(async () => ({ default: await load() }));
  if (!controls) {
    return function Later(props: Props) {
      return createElement(Suspense, { fallback }, createElement(Lazy, props));
    };
  }
  return function LaterControls(props: Props) {
    const [hydrated, setHydrated] = useState(false);
    // Commits with the lazy part, in the same Suspense boundary: only once that part is hydrated and live.
    const ready = createElement(Ready, { onReady: setHydrated });
    return createElement(
      "fieldset",
      { disabled: !hydrated, className: "min-w-0" },
      createElement(Suspense, { fallback }, createElement(Lazy, props), ready),
    );
  };
}

function Ready({ onReady }: { onReady: (ready: true) => void }) {
  useEffect(() => onReady(true), [onReady]);
  return null;
}
