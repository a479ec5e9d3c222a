"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { toast } from "sonner";
import { errorMessage } from "@/components/ui/error-message";
import { apiFetch } from "@/lib/api-fetch";
import type { Account } from "@/lib/domain";
import { accountQuery, accountsQuery } from "@/lib/queries";

/** Every query whose figures count accounts: net worth (the account list), insights and budgets' spent. */
const COUNTING_KEYS = [["accounts"], ["insights"], ["budgets"]] as const;

/**
 * Hide an account from totals or count it again: the switch and the lists' markers move at once, roll back with
 * a toast if the server refuses, and every total is fetched again once it has answered.
 */
export function useAccountVisibility(account: Account) {
  const queryClient = useQueryClient();
  const oneKey = accountQuery(account.id).queryKey;
  const listKey = accountsQuery().queryKey;
  return useMutation({
    mutationFn: (hiddenFromTotals: boolean) =>
      apiFetch<Account>(`/api/accounts/${encodeURIComponent(account.id)}/visibility`, {
        method: "PUT",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ hiddenFromTotals }),
      }),
    onMutate: async (hiddenFromTotals) => {
      await Promise.all([queryClient.cancelQueries({ queryKey: oneKey }), queryClient.cancelQueries({ queryKey: listKey, exact: true })]);
      const before = { one: queryClient.getQueryData<Account>(oneKey), list: queryClient.getQueryData<Account[]>(listKey) };
      const mark = (candidate: Account) => (candidate.id === account.id ? { ...candidate, hiddenFromTotals } : candidate);
      queryClient.setQueryData<Account>(oneKey, (current) => current && mark(current));
      queryClient.setQueryData<Account[]>(listKey, (list) => list?.map(mark));
      return before;
    },
    onError: (error, hiddenFromTotals, before) => {
      queryClient.setQueryData(oneKey, before?.one);
      queryClient.setQueryData(listKey, before?.list);
      toast.error(hiddenFromTotals ? `We couldn’t hide “${account.name}” from totals` : `We couldn’t include “${account.name}” in totals`, {
        description: errorMessage(error),
      });
    },
    onSuccess: (saved) =>
      toast.success(saved.hiddenFromTotals ? `“${saved.name}” is hidden from totals` : `“${saved.name}” counts in totals again`),
    onSettled: () => Promise.all(COUNTING_KEYS.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}
