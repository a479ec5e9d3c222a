"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Cable } from "lucide";
import { ConnectBankForm } from "@/components/connections/connect-bank-form";
import { ConnectionCard } from "@/components/connections/connection-card";
import { ConnectionsListSkeleton } from "@/components/connections/connections-list-skeleton";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { connectionsQuery } from "@/lib/queries";

export function ConnectionsList() {
  return (
    <QueryBoundary skeleton={<ConnectionsListSkeleton />} errorTitle="We couldn’t load your connected banks">
      <Connections />
    </QueryBoundary>
  );
}

function Connections() {
  const { data: connections } = useSuspenseQuery(connectionsQuery());
  if (connections.length === 0) {
    return (
      <Card>
        <EmptyState
          icon={Cable}
          headingLevel="h2"
          title="No banks connected yet"
          description="Connect a bank through Bud Connect to see its accounts and transactions here."
          action={<ConnectBankForm />}
        />
      </Card>
    );
  }
  return (
    <ul aria-label="Connected banks" className="grid gap-4 lg:grid-cols-2">
      {connections.map((connection) => (
        <ConnectionCard key={connection.consentId} connection={connection} />
      ))}
    </ul>
  );
}
