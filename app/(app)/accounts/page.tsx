import type { Metadata } from "next";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { AccountsList } from "@/components/accounts/accounts-list";
import { PageHeader } from "@/components/layout/page-header";
import { getAccounts } from "@/lib/accounts";
import { requireUser } from "@/lib/auth/require-user";
import { getQueryClient } from "@/lib/get-query-client";
import { accountsQuery } from "@/lib/queries";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const user = await requireUser();
  const queryClient = getQueryClient();
  await queryClient.prefetchQuery({ ...accountsQuery(), queryFn: () => getAccounts(user.id) });
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PageHeader title="Accounts" description="Every account you have connected, by bank." />
      <AccountsList />
    </HydrationBoundary>
  );
}
