import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { PageHeader } from "@/components/layout/page-header";
import { PaymentAgainForm } from "@/components/payments/payment-again-form";
import { PaymentForm } from "@/components/payments/payment-form";
import { PaymentFormSkeleton } from "@/components/payments/payment-form-skeleton";
import { prefillFromQuery } from "@/components/payments/payment-query-prefill";
import { Card } from "@/components/ui/card";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { requireUser } from "@/lib/auth/require-user";
import { prefetcher } from "@/lib/prefetch";

export const metadata: Metadata = { title: "New payment" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The payment form, prefilled from a link (a goal's "Top up", a transfer) or from a past payment ("Try again"). */
export default async function NewPaymentPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const again = typeof params.again === "string" ? params.again : null;
  const prefetch = prefetcher(user);
  prefetch.accounts();
  prefetch.paymentProviders();
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader title="New payment" description="Pay someone, or move money between your accounts, straight from your bank." />
      <Card className="max-w-3xl p-5 sm:p-8">
        <QueryBoundary skeleton={<PaymentFormSkeleton />} errorTitle="We couldn’t load the payment form">
          {/* Keyed, so a new prefill is a new form with a new idempotency key. */}
          {again ? <PaymentAgainForm key={again} paymentId={again} /> : <PaymentForm prefill={prefillFromQuery(params)} />}
        </QueryBoundary>
      </Card>
    </HydrationBoundary>
  );
}
