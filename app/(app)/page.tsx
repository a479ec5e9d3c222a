import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { AccountsOverview } from "@/components/accounts/accounts-overview";
import { BudgetsNearLimit } from "@/components/budgets/budgets-near-limit";
import { ConsentBanner } from "@/components/connections/consent-banner";
import { GoalsDueSoon } from "@/components/goals/goals-due-soon";
import { OverviewInsights } from "@/components/insights/overview-insights";
import { ShortfallWarning } from "@/components/insights/shortfall-warning";
import { PageHeader } from "@/components/layout/page-header";
import { RecentTransactions } from "@/components/transactions/recent-transactions";
import { requireUser } from "@/lib/auth/require-user";
import { formatGreeting } from "@/lib/format";
import { DEFAULT_BALANCE_PERIOD } from "@/lib/insights/balance-chart";
import { londonToday } from "@/lib/periods";
import { prefetcher } from "@/lib/prefetch";
import { RECENT_TRANSACTIONS } from "@/lib/queries";

export const metadata: Metadata = { title: "Overview" };

/** Every loader starts at once and the page renders straight away; each widget streams in when its data lands. */
export default async function OverviewPage() {
  const user = await requireUser();
  const prefetch = prefetcher(user);
  prefetch.accounts();
  prefetch.transactions({ page_size: RECENT_TRANSACTIONS });
  // Spending insights and balances over time
  const month = londonToday().slice(0, 7);
  prefetch.categoryFlows({ period: month });
  prefetch.monthComparison();
  prefetch.balanceHistory({ period: DEFAULT_BALANCE_PERIOD });
  prefetch.merchantTotals({ period: month });
  prefetch.upcoming();
  prefetch.budgets();
  prefetch.goals();
  prefetch.connections();
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader title="Overview" description={formatGreeting(user.name)} />
      <ConsentBanner />
      <ShortfallWarning />
      <div className="grid grid-cols-1 gap-8 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] xl:items-start">
        <AccountsOverview />
        <RecentTransactions />
      </div>
      <OverviewInsights month={month} />
      <div className="mt-8 grid gap-8 xl:grid-cols-2 xl:items-start">
        <BudgetsNearLimit />
        <GoalsDueSoon />
      </div>
    </HydrationBoundary>
  );
}
