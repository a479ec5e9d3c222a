import type { Metadata } from "next";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { AccountsOverview } from "@/components/accounts/accounts-overview";
import { PageHeader } from "@/components/layout/page-header";
import { RecentTransactions } from "@/components/transactions/recent-transactions";
import { getAccounts } from "@/lib/accounts";
import { requireUser } from "@/lib/auth/require-user";
import { getQueryClient } from "@/lib/get-query-client";
import { accountsQuery, RECENT_TRANSACTIONS, recentTransactionsQuery } from "@/lib/queries";
import { getTransactionsPage } from "@/lib/transactions";

export const metadata: Metadata = { title: "Overview" };

/** Both upstream calls start together and land in React Query, so the first paint has the data. */
export default async function OverviewPage() {
  const user = await requireUser();
  const queryClient = getQueryClient();
  await Promise.all([
    queryClient.prefetchQuery({ ...accountsQuery(), queryFn: () => getAccounts(user.id) }),
    queryClient.prefetchQuery({
      ...recentTransactionsQuery(),
      queryFn: () => getTransactionsPage(user.id, {}, { page_size: RECENT_TRANSACTIONS }),
    }),
  ]);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PageHeader title="Overview" description={`Good to see you, ${user.name.split(" ")[0]}.`} />
      <div className="grid gap-8 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)] xl:items-start">
        <AccountsOverview />
        <RecentTransactions />
      </div>
    </HydrationBoundary>
  );
}
