"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { AccountsByBank } from "@/components/accounts/accounts-by-bank";
import { AccountsListSkeleton } from "@/components/accounts/accounts-list-skeleton";
import { ConnectFirstBank } from "@/components/accounts/connect-first-bank";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { accountsQuery } from "@/lib/queries";

/** The /accounts page's list: every account by bank, each bank an h2 under the page's h1. */
export function AccountsList() {
  return (
    <QueryBoundary skeleton={<AccountsListSkeleton />} errorTitle="We couldn’t load your accounts">
      <Accounts />
    </QueryBoundary>
  );
}

function Accounts() {
  const { data: accounts } = useSuspenseQuery(accountsQuery());
  return accounts.length === 0 ? <ConnectFirstBank /> : <AccountsByBank accounts={accounts} headingLevel="h2" />;
}
