import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { JourneyProgress } from "@/components/connections/journey-progress";
import { JourneyProgressSkeleton } from "@/components/connections/journey-progress-skeleton";
import { CHECK_FAILED_TITLE } from "@/components/connections/journey-words";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { requireUser } from "@/lib/auth/require-user";
import { NotFoundError } from "@/lib/errors";
import { prefetcher } from "@/lib/prefetch";
import { securityEvent } from "@/lib/security/events";

export const metadata: Metadata = { title: "Connecting your bank" };

interface Props {
  params: Promise<{ journeyId: string }>;
}

/** Where the callback lands: the journey's progress, then its outcome. Its own URL, so a reload is harmless. */
export default async function JourneyPage({ params }: Props) {
  const { journeyId } = await params;
  const user = await requireUser();
  const prefetch = prefetcher(user);
  try {
    await prefetch.journey(journeyId);
  } catch (error) {
    // Any other failure is left to the widget, which asks again from the browser and offers Retry.
    if (error instanceof NotFoundError) {
      securityEvent("not_found", { route: "/connections/journeys/[journeyId]" });
      notFound();
    }
  }
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <div className="mx-auto w-full max-w-xl pt-4 sm:pt-10">
        <QueryBoundary skeleton={<JourneyProgressSkeleton />} errorTitle={CHECK_FAILED_TITLE}>
          <JourneyProgress journeyId={journeyId} />
        </QueryBoundary>
      </div>
    </HydrationBoundary>
  );
}
