"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { toast } from "sonner";
import { errorMessage } from "@/components/ui/error-message";
import { apiFetch } from "@/lib/api-fetch";
import { formatCount } from "@/lib/format";
import type { Connection, RefreshProgress, RefreshStarted } from "@/lib/schemas/connect";

const POLL_MS = 1_000;
const MAX_POLLS = 60;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** "Refresh now": starts Bud's refresh of one bank, follows it to the end, then says what it brought. */
export function useRefresh(connection: Connection) {
  const queryClient = useQueryClient();
  const [refreshing, setRefreshing] = useState(false);
  const bank = connection.provider.name;
  const base = `/api/connections/${encodeURIComponent(connection.consentId)}/refresh`;

  async function follow(taskId: string): Promise<RefreshProgress> {
    for (let poll = 0; poll < MAX_POLLS; poll += 1) {
      const progress = await apiFetch<RefreshProgress>(`${base}/${encodeURIComponent(taskId)}`);
      if (progress.status !== "pending") return progress;
      await wait(POLL_MS);
    }
    throw new Error("The refresh is taking too long");
  }

  async function refresh() {
    setRefreshing(true);
    try {
      const { taskId } = await apiFetch<RefreshStarted>(base, { method: "POST" });
      const outcome = await follow(taskId);
      await queryClient.invalidateQueries();
      if (outcome.status === "failed") {
        toast.error(outcome.reconnectRequired ? `${bank} needs you to reconnect before it can refresh.` : `${bank} couldn’t be refreshed. Please try again later.`);
      } else {
        const count = outcome.newTransactions ?? 0;
        toast.success(count > 0 ? `${formatCount(count, "new transaction")} from ${bank}` : `${bank} is up to date: no new transactions`);
      }
    } catch (error) {
      toast.error(errorMessage(error));
    } finally {
      setRefreshing(false);
    }
  }

  return { refresh, refreshing };
}
