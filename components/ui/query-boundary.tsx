"use client";

import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Suspense, useEffect } from "react";
import { Card } from "@/components/ui/card";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { errorMessage } from "@/components/ui/error-message";
import { ErrorState } from "@/components/ui/error-state";
import { ApiError } from "@/lib/api-fetch";

export interface QueryBoundaryProps {
  /** Shown while the widget's query is pending: the widget's own skeleton, same shape as the content. */
  skeleton: React.ReactNode;
  /** The error's heading, naming what did not load. */
  errorTitle: string;
  children: React.ReactNode;
}

/**
 * One widget's loading and error states around a component that calls `useSuspenseQuery`: its own Suspense
 * (so a slow widget never holds the page) and its own error boundary with Retry (so a failing one never blanks
 * it). Retry resets React Query's error state, so the widget's queries fetch again.
 */
export function QueryBoundary({ skeleton, errorTitle, children }: QueryBoundaryProps) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallback={({ error, retry, retries }) =>
            // A prefetch that failed on the server arrives redacted (not an ApiError), with nothing to tell the
            // customer: ask our API once from the browser, whose answer brings the data or says what is wrong.
            !(error instanceof ApiError) && retries === 0 ? (
              <RetryOnMount retry={retry}>{skeleton}</RetryOnMount>
            ) : (
              <Card>
                <ErrorState title={errorTitle} message={errorMessage(error)} onRetry={retry} />
              </Card>
            )
          }
        >
          <Suspense fallback={skeleton}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

function RetryOnMount({ retry, children }: { retry: () => void; children: React.ReactNode }) {
  useEffect(retry, [retry]);
  return children;
}
