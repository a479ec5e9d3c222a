"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { SectionLink } from "@/components/insights/section-link";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { SkeletonRow } from "@/components/ui/skeleton-row";
import { formatRelativeDay } from "@/lib/format";
import { comingUp, COMING_UP_DAYS } from "@/lib/insights/upcoming";
import { upcomingQuery } from "@/lib/queries";

/** Overview's next fortnight of expected payments and income. */
export function ComingUp() {
  return (
    <Section title="Coming up" action={<SectionLink href="/upcoming">See all</SectionLink>}>
      <QueryBoundary skeleton={<ComingUpSkeleton />} errorTitle="We couldn’t load what’s coming up">
        <Upcoming />
      </QueryBoundary>
    </Section>
  );
}

function Upcoming() {
  const { data } = useSuspenseQuery(upcomingQuery());
  const payments = comingUp(data.series, data.today);
  if (payments.length === 0) {
    return (
      <Card>
        <NotEnoughData description={`Nothing regular is expected in the next ${COMING_UP_DAYS} days. Bills and income show here once they repeat.`} />
      </Card>
    );
  }
  return (
    <Card>
      <ul className="divide-y divide-border">
        {payments.map((payment) => (
          <li key={`${payment.seriesId}-${payment.date}`} className="flex items-center gap-3 px-4 py-3 sm:px-5">
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium text-text">{payment.description}</span>
              <span className="flex items-center gap-2 text-sm text-text-muted">
                {formatRelativeDay(payment.date, new Date(`${data.today}T12:00:00Z`))}
                {payment.subscription && <Badge>Subscription</Badge>}
              </span>
            </span>
            <MoneyAmount amount={payment.amount} sign="always" tone="credits" className="font-medium" />
          </li>
        ))}
      </ul>
    </Card>
  );
}

function ComingUpSkeleton() {
  return (
    <LoadingRegion label="Loading what’s coming up…">
      <Card>
        <ul>
          {Array.from({ length: 4 }, (_, index) => (
            <SkeletonRow key={index} />
          ))}
        </ul>
      </Card>
    </LoadingRegion>
  );
}
