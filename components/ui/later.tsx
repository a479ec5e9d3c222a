"use client";

import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from "react";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { ErrorState } from "@/components/ui/error-state";

interface LaterOptions {
  /** Shown when it first renders in the browser (after a client-side navigation) while its chunk is on its way. */
  fallback?: ReactNode;
  /**
   * It holds inputs or buttons: they stay disabled until hydrated, so a choice made in the server's HTML before
   * the code arrives is not silently lost (the browser would show it, React would never hear of it). They keep
   * their usual look meanwhile (app/globals.css), as the wait is short (0.5–0.7 s after first paint, measured).
   */
  controls?: boolean;
}

/**
 * A secondary part of a page (a filter bar, a totals card) whose code is not in the page's first load but whose
 * HTML is: the server renders it in full, and the browser hydrates it once its chunk has arrived, which it asks
 * for as the page hydrates. Until then it shows the server's HTML, not a placeholder.
 */
export function later<Props extends object>(load: () => Promise<ComponentType<Props>>, { fallback = null, controls = false }: LaterOptions = {}) {
  const Lazy = lazy(async () => {
    try {
      return { default: await load() };
    } catch (error) {
      throw new LoadError(error);
    }
  });
  if (!controls) {
    return function Later(props: Props) {
      return (
        <LoadGuard>
          <Suspense fallback={fallback}>
            <Lazy {...props} />
          </Suspense>
        </LoadGuard>
      );
    };
  }
  return function LaterControls(props: Props) {
    const [hydrated, setHydrated] = useState(false);
    return (
      // The guard outside the fieldset: a failed load replaces it, so the Retry is not disabled with the rest.
      <LoadGuard>
        <fieldset disabled={!hydrated} data-hydrating={hydrated ? undefined : ""} className="min-w-0">
          <Suspense fallback={fallback}>
            <Lazy {...props} />
            {/* Commits with the lazy part, in the same boundary: only once that part is hydrated and live. */}
            <Ready onReady={setHydrated} />
          </Suspense>
        </fieldset>
      </LoadGuard>
    );
  };
}

function Ready({ onReady }: { onReady: (ready: true) => void }) {
  useEffect(() => onReady(true), [onReady]);
  return null;
}

/** The part's code could not be fetched (offline, or a deploy replaced its chunk). */
class LoadError extends Error {
  constructor(cause: unknown) {
    super("A part of the page could not be loaded", { cause });
  }
}

/**
 * Catches only the part's own load failure; anything else (a query's error) goes on to the boundary that owns it.
 * React keeps a failed lazy load failed, so the retry is a reload (the pages using this keep their state in the URL).
 */
function LoadGuard({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={({ error }) => {
        if (!(error instanceof LoadError)) throw error;
        return (
          <ErrorState
            variant="inline"
            title="Part of this page didn’t load"
            message="Check your connection, then reload the page."
            onRetry={() => window.location.reload()}
          />
        );
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
