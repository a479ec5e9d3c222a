"use client";

import { useTransition } from "react";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";

/**
 * What a route's error boundary shows. The thrown error's text is not shown: from the server it is a digest, and
 * from the browser it may be a developer's message, neither of which helps the customer.
 */
export function PageError({ onRetry }: { onRetry: () => void }) {
  const [retrying, startRetry] = useTransition();
  return (
    <Card>
      <ErrorState
        headingLevel="h1"
        title="Something went wrong"
        message="We couldn’t load this page. Check your connection and try again."
        onRetry={() => startRetry(onRetry)}
        retrying={retrying}
      />
    </Card>
  );
}
