import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { NoBankYet } from "@/components/accounts/no-bank-yet";
import { PageHeader } from "@/components/layout/page-header";
import { SpendingView } from "@/components/spending/spending-view";
import { requireUser } from "@/lib/auth/require-user";
import { spendingPeriod } from "@/lib/insights/spending-period";
import { londonToday } from "@/lib/periods";
import { prefetcher } from "@/lib/prefetch";

export const metadata: Metadata = { title: "Spending" };

interface Props {
  searchParams: Promise<{ period?: string | string[] }>;
}

/** Every widget's query starts at once for the URL's period (or this month, said so, when that is not valid). */
export default async function SpendingPage({ searchParams }: Props) {
  const user = await requireUser();
  const { period } = await searchParams;
  const today = londonToday();
  const { value } = spendingPeriod(typeof period === "string" ? period : undefined, today);
  const prefetch = prefetcher(user);
  prefetch.accounts();
  prefetch.categoryFlows({ period: value });
  prefetch.spendingTrends({ period: value });
  prefetch.essentialSplit({ period: value });
  prefetch.merchantTotals({ period: value });
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader title="Spending" description="Where your money went, category by category." />
      <NoBankYet userId={user.id} shows="where your money goes, category by category" />
      <SpendingView today={today} />
    </HydrationBoundary>
  );
}
