"use client";

import { ConnectionActions } from "@/components/connections/connection-actions";
import { ConsentBadge } from "@/components/connections/consent-badge";
import { Card } from "@/components/ui/card";
import { Logo } from "@/components/ui/logo";
import { formatCount, formatDate, formatTimeAgo } from "@/lib/format";
import type { Connection } from "@/lib/schemas/connect";

/** One connected bank: its consent's health, when it expires, how fresh its data is, the accounts it covers. */
export function ConnectionCard({ connection }: { connection: Connection }) {
  const { provider, health } = connection;
  const expiry = health === "revoked" ? null : `${health === "expired" ? "Expired" : "Expires"} ${formatDate(connection.expiresAt)}`;
  return (
    <Card as="li" className="flex flex-col gap-4 p-5 sm:p-6">
      <div className="flex items-start gap-4">
        <Logo src={provider.logoUrl} name={provider.name} />
        <div className="min-w-0 flex-1">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h2 className="text-base font-semibold text-text">{provider.name}</h2>
            <ConsentBadge connection={connection} />
          </div>
          <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-text-muted">
            {expiry && (
              <div>
                <dt className="sr-only">Consent</dt>
                <dd>{expiry}</dd>
              </div>
            )}
            <div>
              <dt className="sr-only">Data</dt>
              <dd>{connection.lastSyncedAt ? `Last synced ${formatTimeAgo(connection.lastSyncedAt)}` : "Not synced yet"}</dd>
            </div>
          </dl>
        </div>
      </div>
      <div>
        <h3 className="text-sm font-medium text-text">{formatCount(connection.accounts.length, "account")}</h3>
        {connection.accounts.length > 0 && (
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm text-text-muted">
            {connection.accounts.map((account) => (
              <li key={account.id}>{account.name}</li>
            ))}
          </ul>
        )}
      </div>
      {health === "revoked" && (
        <p className="text-sm text-text-muted">Access is revoked: the data already fetched stays here, but it no longer updates.</p>
      )}
      <ConnectionActions connection={connection} />
    </Card>
  );
}
