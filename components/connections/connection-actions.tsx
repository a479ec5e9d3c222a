"use client";

import { useQueryClient } from "@tanstack/react-query";
import { RefreshCw } from "lucide";
import { useRef } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/connections/confirm-dialog";
import { ConnectBankForm } from "@/components/connections/connect-bank-form";
import { useRefresh } from "@/components/connections/use-refresh";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/error-message";
import { Icon } from "@/components/ui/icon";
import { apiFetch } from "@/lib/api-fetch";
import type { Connection, ReconfirmResult } from "@/lib/schemas/connect";

/** What can be done with one bank: refresh, renew, revoke, delete. */
export function ConnectionActions({ connection }: { connection: Connection }) {
  const queryClient = useQueryClient();
  const { refresh, refreshing } = useRefresh(connection);
  const bank = connection.provider.name;
  const path = `/api/connections/${encodeURIComponent(connection.consentId)}`;
  const live = connection.health === "active" || connection.health === "expiring";

  async function act(url: string, method: string, done: string) {
    await apiFetch<unknown>(url, { method });
    await queryClient.invalidateQueries();
    toast.success(done);
  }

  return (
    // Keeping and renewing on one side, the destructive actions on the other, each group wrapping whole on a phone.
    <div className="flex flex-wrap items-center justify-between gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button variant="secondary" size="sm" onClick={refresh} loading={refreshing} disabled={!live}>
          {!refreshing && <Icon of={RefreshCw} className="size-4" aria-hidden />}
          {refreshing ? "Refreshing…" : "Refresh now"}
        </Button>
        {connection.health === "revoked" ? (
          <ConnectBankForm provider={connection.provider.id} label="Reconnect" variant="secondary" size="sm" icon={false} />
        ) : (
          connection.health !== "active" && <ReconfirmButton connection={connection} />
        )}
      </div>
      <div className="flex flex-wrap items-center gap-1">
        {connection.health !== "revoked" && (
          <ConfirmDialog
            triggerLabel="Revoke access"
            title={`Revoke Budgie’s access to ${bank}?`}
            description={`Budgie will stop fetching new data from ${bank}. The accounts and transactions already fetched stay in Budgie until you delete them.`}
            confirmLabel="Revoke access"
            onConfirm={() => act(`${path}/revoke`, "POST", `Access to ${bank} revoked. Its data stays in Budgie.`)}
          />
        )}
        <ConfirmDialog
          triggerLabel="Delete this bank’s data"
          title={`Delete ${bank}’s data?`}
          description={`This revokes access to ${bank} and removes its accounts and transactions from Budgie. It can’t be undone, but you can connect ${bank} again later.`}
          confirmLabel="Delete data"
          onConfirm={() => act(path, "DELETE", `${bank}’s data was deleted.`)}
        />
      </div>
    </div>
  );
}

/**
 * Renews a consent for another 90 days: in place when Bud allows it for this client, otherwise through Bud
 * Connect's reconfirm screen (the hidden form, posted as "Reconfirm" would be without JavaScript).
 */
function ReconfirmButton({ connection }: { connection: Connection }) {
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const bank = connection.provider.name;

  async function reconfirm() {
    try {
      const { extended } = await apiFetch<ReconfirmResult>(`/api/connections/${encodeURIComponent(connection.consentId)}/reconfirm`, {
        method: "POST",
      });
      if (!extended) return form.current?.requestSubmit();
      await queryClient.invalidateQueries();
      toast.success(`Access to ${bank} renewed for 90 days`);
    } catch (error) {
      toast.error(errorMessage(error));
    }
  }

  return (
    <>
      <Button size="sm" onClick={reconfirm}>
        Reconfirm
      </Button>
      <form ref={form} method="post" action="/api/connect" hidden>
        <input type="hidden" name="provider" value={connection.provider.id} />
        <input type="hidden" name="purpose" value="reconfirm" />
      </form>
    </>
  );
}
