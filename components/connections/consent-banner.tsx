"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { TriangleAlert } from "lucide";
import Link from "next/link";
import { Suspense } from "react";
import { consentLabel } from "@/components/connections/consent-badge";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { Icon } from "@/components/ui/icon";
import { connectionsQuery } from "@/lib/queries";

/**
 * Overview's warning that a bank's consent expires within 14 days or has expired, before its data goes stale.
 * Extra to the page: while loading, or if the consents cannot be read, it shows nothing rather than a skeleton.
 */
export function ConsentBanner() {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <Banner />
      </Suspense>
    </ErrorBoundary>
  );
}

function Banner() {
  const { data: connections } = useSuspenseQuery(connectionsQuery());
  const due = connections.filter((connection) => connection.health === "expiring" || connection.health === "expired");
  if (due.length === 0) return null;
  return (
    <div role="region" aria-label="Bank access" className="mb-6 flex items-start gap-3 rounded-2xl bg-warning-soft px-4 py-3.5 text-sm text-text">
      <Icon of={TriangleAlert} className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
      <div className="min-w-0">
        <ul>
          {due.map((connection) => (
            <li key={connection.consentId}>
              {connection.health === "expired"
                ? `Your access to ${connection.provider.name} has expired, so its data is no longer updated.`
                : `Your access to ${connection.provider.name} ${consentLabel(connection).toLowerCase()}.`}
            </li>
          ))}
        </ul>
        <Link href="/connections" className="mt-1 inline-block font-medium text-text underline underline-offset-2">
          Renew access in Connections
        </Link>
      </div>
    </div>
  );
}
