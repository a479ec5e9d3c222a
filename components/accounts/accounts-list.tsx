"use client";

import { useQuery } from "@tanstack/react-query";
import { AccountsByBank } from "@/components/accounts/accounts-by-bank";
import { AccountsListSkeleton } from "@/components/accounts/accounts-list-skeleton";
import { ConnectFirstBank } from "@/components/accounts/connect-first-bank";
import { QueryView } from "@/components/ui/query-view";
import { accountsQuery } from "@/lib/queries";

/** The /accounts page's list: every account by bank, each bank an h2 under the page's h1. */
export function AccountsList() {
  const query = useQuery(accountsQuery());
  return (
    <QueryView query={query} skeleton={<AccountsListSkeleton />} errorTitle="We couldn’t load your accounts">
      {(accounts) => (accounts.length === 0 ? <ConnectFirstBank /> : <AccountsByBank accounts={accounts} headingLevel="h2" />)}
    </QueryView>
  );
}
