import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { AccountsOverview } from "@/components/accounts/accounts-overview";
import { ConsentBanner } from "@/components/connections/consent-banner";
import { PageHeader } from "@/components/layout/page-header";
import { RecentTransactions } from "@/components/transactions/recent-transactions";
import { requireUser } from "@/lib/auth/require-user";
import { formatGreeting } from "@/lib/format";
import { prefetcher } from "@/lib/prefetch";
import { RECENT_TRANSACTIONS } from "@/lib/queries";

export const metadata: Metadata = { title: "Overview" };

/** Both loaders start at once and the page renders straight away; each widget streams in when its data lands. */
export default async function OverviewPage() {
  const user = await requireUser();
  const prefetch = prefetcher(user);
  prefetch.accounts();
  prefetch.transactions({ page_size: RECENT_TRANSACTIONS });
  prefetch.connections();
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader title="Overview" description={formatGreeting(user.name)} />
      <ConsentBanner />
      <div className="grid gap-8 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] xl:items-start">
        <AccountsOverview />
        <RecentTransactions />
      </div>
    </HydrationBoundary>
  );
}
