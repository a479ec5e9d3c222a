"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Logo } from "@/components/ui/logo";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { SkeletonRow } from "@/components/ui/skeleton-row";
import { formatDate, humanizeSlug } from "@/lib/format";
import { recurringPayments, seriesName, type RecurringPayment } from "@/lib/insights/upcoming";
import { upcomingQuery } from "@/lib/queries";

/** Subscriptions, then the other regular payments and income, each with how often, when next and how much. */
export function RecurringLists() {
  return (
    <QueryBoundary skeleton={<ListSkeleton />} errorTitle="We couldn’t load your regular payments">
      <Lists />
    </QueryBoundary>
  );
}

function Lists() {
  const { data } = useSuspenseQuery(upcomingQuery());
  const payments = recurringPayments(data.series, data.today);
  if (payments.length === 0) {
    return (
      <Card>
        <NotEnoughData description="Once a payment repeats, such as a bill, a subscription or your salary, it shows here with its next date." />
      </Card>
    );
  }
  return (
    <div className="flex flex-col gap-8">
      <PaymentList title="Subscriptions" payments={payments.filter((payment) => payment.series.subscription)} />
      <PaymentList title="Regular payments and income" payments={payments.filter((payment) => !payment.series.subscription)} />
    </div>
  );
}

function PaymentList({ title, payments }: { title: string; payments: RecurringPayment[] }) {
  if (payments.length === 0) return null;
  return (
    <Section title={title}>
      <Card>
        <ul className="divide-y divide-border">
          {payments.map(({ series, next }) => (
            <li key={series.id} className="flex items-center gap-3 px-4 py-3 sm:px-5">
              <Logo src={series.merchant?.logoUrl ?? null} name={seriesName(series)} size="sm" />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium text-text">{seriesName(series)}</span>
                <span className="block text-sm text-text-muted">
                  {humanizeSlug(series.period)} · next {formatDate(next.date)}
                </span>
              </span>
              <MoneyAmount amount={next.amount} sign="always" tone="credits" className="font-medium" />
            </li>
          ))}
        </ul>
      </Card>
    </Section>
  );
}

function ListSkeleton() {
  return (
    <LoadingRegion label="Loading your regular payments…">
      <Card>
        <ul>
          {Array.from({ length: 5 }, (_, index) => (
            <SkeletonRow key={index} />
          ))}
        </ul>
      </Card>
    </LoadingRegion>
  );
}
