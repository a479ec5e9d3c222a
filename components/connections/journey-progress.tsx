"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { toast } from "sonner";
import { JourneyFailurePanel } from "@/components/connections/journey-failure";
import { JourneySteps } from "@/components/connections/journey-steps";
import { bankName, CHECK_FAILED_TITLE, stepText } from "@/components/connections/journey-words";
import { Card } from "@/components/ui/card";
import { errorMessage } from "@/components/ui/error-message";
import { ErrorState } from "@/components/ui/error-state";
import { Logo } from "@/components/ui/logo";
import { journeyQuery } from "@/lib/queries";
import type { JourneyView } from "@/lib/schemas/connect";

/**
 * A journey back from Bud Connect: polls our API (which asks Bud's connect task, or waits for its webhook) until
 * the task has finished, then shows the new accounts on the overview (every cached query refetched) with a toast,
 * or explains the failure here. Reloading is safe: the journey's state lives on the server.
 */
export function JourneyProgress({ journeyId }: { journeyId: string }) {
  const { data: view, error, isRefetchError, isFetching, refetch } = useSuspenseQuery({
    ...journeyQuery(journeyId),
    refetchInterval: (query) => (query.state.data?.status === "pending" ? query.state.data.pollAfterMs : false),
  });
  useLandOnCompletion(view);
  if (view.status === "failed" && view.failure) return <JourneyFailurePanel view={view} failure={view.failure} />;
  // A suspense query that already has an answer never throws a later poll's failure to the error boundary: it would
  // keep saying "Fetching…" while nothing is being learnt. Say so instead; polling carries on underneath, Retry asks now.
  if (isRefetchError && view.status === "pending") {
    return (
      <Card>
        <ErrorState title={CHECK_FAILED_TITLE} message={errorMessage(error)} onRetry={() => void refetch()} retrying={isFetching} />
      </Card>
    );
  }
  return (
    <Card className="flex flex-col gap-6 px-6 py-8 sm:px-8">
      <div className="flex items-center gap-4">
        {view.provider && <Logo src={view.provider.logoUrl} name={view.provider.name} />}
        <div className="min-w-0">
          <h1 className="text-xl font-semibold text-text">
            {view.purpose === "reconfirm" ? `Renewing ${bankName(view)}` : `Connecting ${bankName(view)}`}
          </h1>
          <p className="mt-1 text-sm text-text-muted" role="status" aria-live="polite">
            {view.status === "completed" ? "Done. Taking you to your accounts…" : stepText(view)}
          </p>
        </div>
      </div>
      {view.purpose === "connect" && <JourneySteps step={view.status === "completed" ? 4 : view.step} />}
    </Card>
  );
}

function useLandOnCompletion(view: JourneyView) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const completed = view.status === "completed";
  useEffect(() => {
    if (!completed) return;
    const bank = bankName(view);
    // New accounts change every widget's data: refetch everything the browser holds, not just the accounts.
    void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== "connect-journeys" });
    if (view.purpose === "reconfirm") {
      toast.success(`Access to ${bank} renewed for 90 days`);
      router.replace("/connections");
    } else {
      toast.success(`${bank} is connected`, { description: "Your accounts and transactions are ready." });
      router.replace("/");
    }
    // Once per journey: the view object changes with every poll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [completed, view.id]);
}
