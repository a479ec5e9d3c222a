import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { AccountsList } from "@/components/accounts/accounts-list";
import { PageHeader } from "@/components/layout/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { prefetcher } from "@/lib/prefetch";

export const metadata: Metadata = { title: "Accounts" };

export default async function AccountsPage() {
  const user = await requireUser();
  const prefetch = prefetcher(user);
  prefetch.accounts();
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader title="Accounts" description="Every account you have connected, by bank." />
      <AccountsList />
    </HydrationBoundary>
  );
}
