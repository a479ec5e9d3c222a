"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { PiggyBank, Plus } from "lucide";
import { useState } from "react";
import { GoalCard } from "@/components/goals/goal-card";
import { GoalsSkeleton } from "@/components/goals/goals-skeleton";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Icon } from "@/components/ui/icon";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { preloadable } from "@/components/ui/preloadable";
import { Section } from "@/components/ui/section";
import { useUndoableDelete } from "@/components/ui/use-undoable-delete";
import { apiFetch } from "@/lib/api-fetch";
import type { Account, SavingsGoal } from "@/lib/domain";
import { accountsQuery, goalsQuery } from "@/lib/queries";

type Editing = { goal?: SavingsGoal } | null;

/** The dialog and its form (react-hook-form, the goal schema) load when someone reaches for a goal's controls. */
const GoalDialog = preloadable(() => import("@/components/goals/goal-dialog").then((module) => module.GoalDialog));

/** Accounts a goal can hold a share of: open ones that are not debts, savings first. */
function goalAccounts(accounts: readonly Account[]): Account[] {
  return accounts.filter((account) => !account.isLiability && !account.isClosed).toSorted((a, b) => Number(b.kind === "savings") - Number(a.kind === "savings"));
}

const deleteGoal = (id: string) => apiFetch<null>(`/api/goals/${encodeURIComponent(id)}`, { method: "DELETE" });

/** The goals page: a card per goal, create/edit in a dialog, delete with undo. */
export function GoalsBoard() {
  const [editing, setEditing] = useState<Editing>(null);
  return (
    // Every control that opens the dialog (New, Edit, Create a goal) is inside: reaching for one starts its download.
    <div className="min-w-0" onPointerOver={GoalDialog.preload} onFocus={GoalDialog.preload}>
      <Section
        title="Your goals"
        action={
          <Button onClick={() => setEditing({})}>
            <Icon of={Plus} className="size-4" /> New goal
          </Button>
        }
      >
        <QueryBoundary skeleton={<GoalsSkeleton />} errorTitle="We couldn’t load your goals">
          <Goals editing={editing} setEditing={setEditing} />
        </QueryBoundary>
      </Section>
    </div>
  );
}

function Goals({ editing, setEditing }: { editing: Editing; setEditing: (editing: Editing) => void }) {
  const { data: goals } = useSuspenseQuery(goalsQuery());
  const { data: accounts } = useSuspenseQuery(accountsQuery());
  const remove = useUndoableDelete<SavingsGoal>({ listKey: goalsQuery().queryKey, send: deleteGoal, noun: "Goal" });
  return (
    <>
      {goals.length === 0 ? (
        <Card>
          <EmptyState
            icon={PiggyBank}
            headingLevel="h2"
            title="No savings goals yet"
            description="Pick a target and a date, and we’ll tell you how much to put aside each month."
            action={<Button onClick={() => setEditing({})}>Create a goal</Button>}
          />
        </Card>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2" aria-label="Savings goals">
          {goals.map((goal) => (
            <GoalCard key={goal.id} goal={goal} onEdit={() => setEditing({ goal })} onDelete={() => remove(goal)} />
          ))}
        </ul>
      )}
      {editing !== null && (
        <GoalDialog.Component
          open
          onOpenChange={(open) => !open && setEditing(null)}
          goal={editing.goal}
          accounts={goalAccounts(accounts)}
          goals={goals}
        />
      )}
    </>
  );
}
