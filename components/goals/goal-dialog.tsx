"use client";

import { toast } from "sonner";
import { GoalForm } from "@/components/goals/goal-form";
import { useSaveGoal } from "@/components/goals/use-save-goal";
import { DialogPanel } from "@/components/ui/dialog-panel";
import type { Account, SavingsGoal } from "@/lib/domain";
import { formatMoney } from "@/lib/format";
import { GOAL_FORM_DEFAULTS, RATIO_STEPS, ratioSteps, type GoalFormInput } from "@/lib/schemas/goals";

function valuesOf(goal: SavingsGoal): GoalFormInput {
  return {
    name: goal.name,
    accountId: goal.accountId,
    currency: goal.target.currency,
    target: formatMoney(goal.target).replace(/^[£€]/, ""),
    targetDate: goal.targetDate,
    allocationRatio: goal.allocationRatio,
  };
}

/** A new goal starts on the first savings account, with its currency and whatever share of it is still free. */
function newValues(accounts: readonly Account[], goals: readonly SavingsGoal[]): GoalFormInput {
  const first = accounts[0];
  if (!first) return GOAL_FORM_DEFAULTS;
  const taken = goals.filter((goal) => goal.accountId === first.id).reduce((sum, goal) => sum + ratioSteps(goal.allocationRatio), 0);
  const free = Math.max(0, RATIO_STEPS - taken) / RATIO_STEPS;
  return { ...GOAL_FORM_DEFAULTS, accountId: first.id, currency: first.currency, allocationRatio: free > 0 ? free : 1 };
}

export interface GoalDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  goal?: SavingsGoal;
  accounts: readonly Account[];
  goals: readonly SavingsGoal[];
}

/** Create or edit a goal; it closes only once the server has it, and keeps what was typed when refused. */
export function GoalDialog({ open, onOpenChange, goal, accounts, goals }: GoalDialogProps) {
  const save = useSaveGoal(goal?.id);
  return (
    <DialogPanel
      open={open}
      onOpenChange={onOpenChange}
      title={goal ? `Edit “${goal.name}”` : "New savings goal"}
      description="A goal counts a share of one account’s balance towards a target."
    >
      <GoalForm
        key={goal?.id ?? "new"}
        defaultValues={goal ? valuesOf(goal) : newValues(accounts, goals)}
        accounts={accounts}
        goals={goals}
        editingId={goal?.id}
        submitLabel={goal ? "Save changes" : "Create goal"}
        onSubmit={async (values) => {
          const saved = await save.mutateAsync(values);
          onOpenChange(false);
          toast.success(goal ? `“${saved.name}” updated` : `“${saved.name}” created`);
        }}
        onCancel={() => onOpenChange(false)}
      />
    </DialogPanel>
  );
}
