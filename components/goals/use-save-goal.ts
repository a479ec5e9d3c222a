"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/lib/api-fetch";
import type { SavingsGoal } from "@/lib/domain";
import { goalsQuery } from "@/lib/queries";
import type { GoalFormValues } from "@/lib/schemas/goals";

const LIST_KEY = goalsQuery().queryKey;

/** Create or edit a goal; the list shows the new name, date and share at once and rolls back if refused. */
export function useSaveGoal(goalId?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (values: GoalFormValues) =>
      apiFetch<SavingsGoal>(goalId ? `/api/goals/${encodeURIComponent(goalId)}` : "/api/goals", {
        method: goalId ? "PATCH" : "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(values),
      }),
    onMutate: async (values) => {
      await queryClient.cancelQueries({ queryKey: LIST_KEY });
      const before = queryClient.getQueryData<SavingsGoal[]>(LIST_KEY);
      // Only an edit is shown early: a new goal's saved figure is Bud's to compute.
      if (goalId) {
        queryClient.setQueryData<SavingsGoal[]>(LIST_KEY, (list = []) =>
          list.map((goal) =>
            goal.id === goalId ? { ...goal, name: values.name, targetDate: values.targetDate, allocationRatio: values.allocationRatio } : goal,
          ),
        );
      }
      return { before };
    },
    onError: (_error, _values, context) => queryClient.setQueryData(LIST_KEY, context?.before),
    onSettled: () => queryClient.invalidateQueries({ queryKey: LIST_KEY }),
  });
}
