"use client";

import { useQuery } from "@tanstack/react-query";
import { AccountsByBank } from "@/components/accounts/accounts-by-bank";
import { AccountsOverviewSkeleton } from "@/components/accounts/accounts-overview-skeleton";
import { ConnectFirstBank } from "@/components/accounts/connect-first-bank";
import { NetPositionCard } from "@/components/accounts/net-position-card";
import { QueryView } from "@/components/ui/query-view";
import { Section } from "@/components/ui/section";
import { accountsQuery } from "@/lib/queries";

/** Overview's accounts widget: net position, then every account grouped by bank. */
export function AccountsOverview() {
  const query = useQuery(accountsQuery());
  return (
    <Section title="Your accounts">
      <QueryView query={query} skeleton={<AccountsOverviewSkeleton />} errorTitle="We couldn’t load your accounts">
        {(accounts) =>
          accounts.length === 0 ? (
            <ConnectFirstBank />
          ) : (
            <div className="flex flex-col gap-4">
              <NetPositionCard accounts={accounts} />
              <AccountsByBank accounts={accounts} />
            </div>
          )
        }
      </QueryView>
    </Section>
  );
}
