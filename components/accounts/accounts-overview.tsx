"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { AccountsByBank } from "@/components/accounts/accounts-by-bank";
import { AccountsOverviewSkeleton } from "@/components/accounts/accounts-overview-skeleton";
import { ConnectFirstBank } from "@/components/accounts/connect-first-bank";
import { NetPositionCard } from "@/components/accounts/net-position-card";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { accountsQuery } from "@/lib/queries";

/** Overview's accounts widget: net position, then every account grouped by bank. */
export function AccountsOverview() {
  return (
    <Section title="Your accounts">
      <QueryBoundary skeleton={<AccountsOverviewSkeleton />} errorTitle="We couldn’t load your accounts">
        <Accounts />
      </QueryBoundary>
    </Section>
  );
}

function Accounts() {
  const { data: accounts } = useSuspenseQuery(accountsQuery());
  if (accounts.length === 0) return <ConnectFirstBank />;
  return (
    <div className="flex flex-col gap-4">
      <NetPositionCard accounts={accounts} />
      <AccountsByBank accounts={accounts} />
    </div>
  );
}
