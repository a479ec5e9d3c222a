"use client";

import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { ApiError } from "@/lib/api-fetch";

const FALLBACK = "Something went wrong. Please try again.";

/** ApiError messages are written for customers; anything else gets a generic line rather than a stack-trace text. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : FALLBACK;
}

/** The parts of a useQuery or useInfiniteQuery result this needs. */
export interface QueryState<T> {
  data: T | undefined;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

export interface QueryViewProps<T> {
  query: QueryState<T>;
  skeleton: React.ReactNode;
  children: (data: T) => React.ReactNode;
  errorTitle?: string;
}

/**
 * One widget's three states. Data wins over an error so a failed background refresh keeps what is on screen;
 * with no data, the error and its Retry replace the skeleton.
 */
export function QueryView<T>({ query, skeleton, children, errorTitle }: QueryViewProps<T>) {
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    return (
      <Card>
        <ErrorState
          title={errorTitle}
          message={errorMessage(query.error)}
          onRetry={() => void query.refetch()}
          retrying={query.isFetching}
        />
      </Card>
    );
  }
  return skeleton;
}
