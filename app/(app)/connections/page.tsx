import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { ConnectBankForm } from "@/components/connections/connect-bank-form";
import { ConnectionsList } from "@/components/connections/connections-list";
import { PageHeader } from "@/components/layout/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { prefetcher } from "@/lib/prefetch";

export const metadata: Metadata = { title: "Connections" };

export default async function ConnectionsPage() {
  const user = await requireUser();
  const prefetch = prefetcher(user);
  prefetch.connections();
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader
        title="Connections"
        description="The banks Budgie reads from, and how long your consent to each has left."
        actions={<ConnectBankForm />}
      />
      <ConnectionsList />
    </HydrationBoundary>
  );
}
