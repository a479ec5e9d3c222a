"use client";

import { useQueryClient, type QueryKey } from "@tanstack/react-query";
import { toast } from "sonner";
import { errorMessage } from "@/components/ui/error-message";

/**
 * Delete with Undo: the item leaves the list at once and a toast offers Undo; the DELETE is sent only when the
 * toast closes without it, so Undo brings back the very same item (same id), not a copy. A failed DELETE puts the
 * item back and says so.
 */
export function useUndoableDelete<T extends { id: string }>({
  listKey,
  send,
  noun,
}: {
  listKey: QueryKey;
  send: (id: string) => Promise<unknown>;
  noun: string;
}) {
  const queryClient = useQueryClient();
  return (item: T & { name: string }) => {
    const before = queryClient.getQueryData<T[]>(listKey);
    void queryClient.cancelQueries({ queryKey: listKey });
    queryClient.setQueryData<T[]>(listKey, (list) => list?.filter((candidate) => candidate.id !== item.id));
    let settled = false;
    const restore = () => queryClient.setQueryData<T[]>(listKey, before);
    const commit = () => {
      if (settled) return;
      settled = true;
      send(item.id)
        .catch((error: unknown) => {
          restore();
          toast.error(`We couldn’t delete “${item.name}”`, { description: errorMessage(error) });
        })
        .finally(() => void queryClient.invalidateQueries({ queryKey: listKey }));
    };
    toast(`${noun} “${item.name}” deleted`, {
      action: {
        label: "Undo",
        onClick: () => {
          settled = true;
          restore();
        },
      },
      onAutoClose: commit,
      onDismiss: commit,
    });
  };
}
