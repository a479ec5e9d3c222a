"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Send } from "lucide";
import Link from "next/link";
import { PaymentRow } from "@/components/payments/payment-row";
import { PaymentsListSkeleton } from "@/components/payments/payments-list-skeleton";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { paymentsQuery } from "@/lib/queries";
import type { PaymentList, PaymentListQuery, PaymentState } from "@/lib/schemas/payments";

const EMPTY_TITLES: Record<PaymentState, string> = {
  in_progress: "Nothing in progress",
  paid: "No paid payments",
  failed: "No failed payments",
  not_completed: "No unfinished payments",
};

export function PaymentsList({ query }: { query: PaymentListQuery }) {
  return (
    <QueryBoundary skeleton={<PaymentsListSkeleton />} errorTitle="We couldn’t load your payments">
      <Payments query={query} />
    </QueryBoundary>
  );
}

/** While any payment is still in progress, ask again at the pace the soonest one asks for. */
const pollAfter = (list: PaymentList | undefined) => {
  const waits = (list?.items ?? []).flatMap((item) => (item.pollAfterMs ? [item.pollAfterMs] : []));
  return waits.length > 0 ? Math.min(...waits) : false;
};

function Payments({ query }: { query: PaymentListQuery }) {
  const { data } = useSuspenseQuery({ ...paymentsQuery(query), refetchInterval: (current) => pollAfter(current.state.data) });
  if (data.items.length === 0) {
    return (
      <Card>
        <EmptyState
          icon={Send}
          headingLevel="h2"
          title={query.state ? EMPTY_TITLES[query.state] : "No payments yet"}
          description={
            query.state
              ? "Payments in this state will show here. Choose “All” to see every payment."
              : "Pay someone or move money between your accounts, straight from your bank through Bud Pay."
          }
          action={
            <Link href="/payments/new" className={buttonClasses()}>
              Make a payment
            </Link>
          }
        />
      </Card>
    );
  }
  return (
    <Card as="section" aria-label="Your payments" className="overflow-hidden">
      <ul className="divide-y divide-border">
        {data.items.map((view) => (
          <PaymentRow key={view.id} view={view} />
        ))}
      </ul>
    </Card>
  );
}
