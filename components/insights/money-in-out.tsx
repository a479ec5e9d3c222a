"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { Skeleton } from "@/components/ui/skeleton";
import { cashFlow, type CashFlow } from "@/lib/insights/counting";
import { categoryFlowsQuery } from "@/lib/request-queries";

/** Money in against money out this month, per currency; transfers between the customer's own accounts left out. */
export function MoneyInOut({ month }: { month: string }) {
  return (
    <Section title="Money in and out">
      <QueryBoundary skeleton={<MoneyInOutSkeleton />} errorTitle="We couldn’t load money in and out">
        <Flows month={month} />
      </QueryBoundary>
    </Section>
  );
}

function Flows({ month }: { month: string }) {
  // The same answer as the spending widget's: one upstream call serves both.
  const { data } = useSuspenseQuery(categoryFlowsQuery({ period: month }));
  const flows = cashFlow(data.flows);
  if (flows.length === 0) {
    return (
      <Card>
        <NotEnoughData description="Money coming in and going out this month will show here." />
      </Card>
    );
  }
  return (
    <div className="flex flex-col gap-4">
      {flows.map((flow) => (
        <FlowCard key={flow.currency} flow={flow} />
      ))}
    </div>
  );
}

function Bar({ label, amount, share, className }: { label: string; amount: CashFlow["moneyIn"]; share: number; className: string }) {
  return (
    // dt and dd sit directly in the group (a dl allows one wrapping div, no deeper), the bar in a hidden dd.
    <div className="grid grid-cols-[1fr_auto] text-sm">
      <dt className="text-text-muted">{label}</dt>
      <dd>
        <MoneyAmount amount={amount} className="font-medium text-text" />
      </dd>
      <dd aria-hidden="true" className="col-span-2 mt-1.5 h-2.5 overflow-hidden rounded-full bg-surface-muted">
        <span className={`block h-full rounded-full ${className}`} style={{ width: `${Math.max(share * 100, amount.minor > 0 ? 2 : 0)}%` }} />
      </dd>
    </div>
  );
}

function FlowCard({ flow }: { flow: CashFlow }) {
  const largest = Math.max(flow.moneyIn.minor, flow.moneyOut.minor, 1);
  return (
    <Card className="flex flex-col gap-4 p-5">
      <p>
        <span className="block text-sm text-text-muted">{flow.net.minor >= 0 ? "Left over so far" : "Overspent so far"}</span>
        <MoneyAmount amount={flow.net} tone="signed" sign="always" className="text-2xl font-semibold tracking-tight" />
      </p>
      <dl className="flex flex-col gap-3">
        <Bar label="Money in" amount={flow.moneyIn} share={flow.moneyIn.minor / largest} className="bg-positive" />
        <Bar label="Money out" amount={flow.moneyOut} share={flow.moneyOut.minor / largest} className="bg-chart-3" />
      </dl>
    </Card>
  );
}

function MoneyInOutSkeleton() {
  return (
    <LoadingRegion label="Loading money in and out…">
      <Card className="flex flex-col gap-4 p-5">
        <Skeleton className="h-8 w-36" />
        <Skeleton className="h-8 w-full" />
        <Skeleton className="h-8 w-full" />
      </Card>
    </LoadingRegion>
  );
}
