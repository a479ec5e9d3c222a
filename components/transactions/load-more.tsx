import { Button } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { errorMessage } from "@/components/ui/error-message";

export interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  /** The error of the last "load more", if it failed; the rows already shown stay. */
  error: unknown;
  onLoadMore: () => void;
}

/**
 * The foot of a paged list: a button for the next page, or a Retry when it failed, and "That’s everything" at the
 * end. No count: Bud does not say how many there are in all, and the number loaded so far would read as a total.
 */
export function LoadMore({ hasMore, loading, error, onLoadMore }: LoadMoreProps) {
  return (
    <div className="flex flex-col gap-3 border-t border-border px-4 py-3 sm:px-5">
      {error ? (
        <ErrorState
          variant="inline"
          title="We couldn’t load more"
          message={errorMessage(error)}
          onRetry={onLoadMore}
          retrying={loading}
        />
      ) : null}
      <div className="flex min-h-10 items-center justify-between gap-4">
        <p role="status" className="text-sm text-text-muted">
          {hasMore ? "" : "That’s everything."}
        </p>
        {hasMore && !error && (
          <Button variant="secondary" onClick={onLoadMore} loading={loading}>
            Load more
          </Button>
        )}
      </div>
    </div>
  );
}
