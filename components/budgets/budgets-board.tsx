"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Plus } from "lucide";
import { useState } from "react";
import { BudgetCard } from "@/components/budgets/budget-card";
import { BudgetTotals } from "@/components/budgets/budget-totals";
import { BudgetsSkeleton } from "@/components/budgets/budgets-skeleton";
import { SuggestedBudgets } from "@/components/budgets/suggested-budgets";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { preloadable } from "@/components/ui/preloadable";
import { Section } from "@/components/ui/section";
import { useUndoableDelete } from "@/components/ui/use-undoable-delete";
import { apiFetch } from "@/lib/api-fetch";
import type { Budget } from "@/lib/domain";
import { budgetsQuery } from "@/lib/queries";

/** The dialog and its form (react-hook-form, the budget schema) load when someone reaches for a budget's controls. */
const BudgetDialog = preloadable(() => import("@/components/budgets/budget-dialog").then((module) => module.BudgetDialog));

/** Which dialog is open: none, a new budget, or an edit of one. */
type Editing = { budget?: Budget } | null;

/** The budgets page: totals, a card per budget, create/edit in a dialog, delete with undo. */
export function BudgetsBoard() {
  const [editing, setEditing] = useState<Editing>(null);
  return (
    // Every control that opens the dialog (New, Edit, a suggestion) is inside: reaching for one starts its download.
    <div className="min-w-0" onPointerOver={BudgetDialog.preload} onFocus={BudgetDialog.preload}>
      <Section
        title="Your budgets"
        action={
          <Button onClick={() => setEditing({})}>
            <Icon of={Plus} className="size-4" /> New budget
          </Button>
        }
      >
        <QueryBoundary skeleton={<BudgetsSkeleton />} errorTitle="We couldn’t load your budgets">
          <Budgets onCreate={() => setEditing({})} onEdit={(budget) => setEditing({ budget })} />
        </QueryBoundary>
        {editing !== null && <BudgetDialog.Component open onOpenChange={(open) => !open && setEditing(null)} budget={editing.budget} />}
      </Section>
    </div>
  );
}

const deleteBudget = (id: string) => apiFetch<null>(`/api/budgets/${encodeURIComponent(id)}`, { method: "DELETE" });

function Budgets({ onCreate, onEdit }: { onCreate: () => void; onEdit: (budget: Budget) => void }) {
  const { data: budgets } = useSuspenseQuery(budgetsQuery());
  const remove = useUndoableDelete<Budget>({ listKey: budgetsQuery().queryKey, send: deleteBudget, noun: "Budget" });
  if (budgets.length === 0) return <SuggestedBudgets onCreate={onCreate} />;
  return (
    <div className="flex flex-col gap-4">
      <BudgetTotals budgets={budgets} />
      <ul className="grid gap-4 md:grid-cols-2" aria-label="Budgets">
        {budgets.map((budget) => (
          <BudgetCard key={budget.id} budget={budget} onEdit={() => onEdit(budget)} onDelete={() => remove(budget)} />
        ))}
      </ul>
    </div>
  );
}
