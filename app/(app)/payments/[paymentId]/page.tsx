import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { PaymentStatus } from "@/components/payments/payment-status";
import { PaymentStatusSkeleton } from "@/components/payments/payment-status-skeleton";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { requireUser } from "@/lib/auth/require-user";
import { NotFoundError } from "@/lib/errors";
import { prefetcher } from "@/lib/prefetch";
import { securityEvent } from "@/lib/security/events";

export const metadata: Metadata = { title: "Payment" };

interface Props {
  params: Promise<{ paymentId: string }>;
}

/** Where Bud Pay's callback lands, and a list row opens: the payment's progress, then its outcome. */
export default async function PaymentPage({ params }: Props) {
  const { paymentId } = await params;
  const user = await requireUser();
  const prefetch = prefetcher(user);
  try {
    await prefetch.payment(paymentId);
  } catch (error) {
    // Any other failure is left to the widget, which asks again from the browser and offers Retry.
    if (error instanceof NotFoundError) {
      securityEvent("not_found", { route: "/payments/[paymentId]" });
      notFound();
    }
  }
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <div className="mx-auto w-full max-w-xl pt-4 sm:pt-10">
        <QueryBoundary skeleton={<PaymentStatusSkeleton />} errorTitle="We couldn’t check on this payment">
          <PaymentStatus paymentId={paymentId} />
        </QueryBoundary>
      </div>
    </HydrationBoundary>
  );
}
