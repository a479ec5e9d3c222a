"use client";

import { CalendarDays, Pencil, Trash2 } from "lucide";
import { GoalPlanText } from "@/components/goals/goal-plan-text";
import { ProgressRing } from "@/components/goals/progress-ring";
import { TopUpLink } from "@/components/payments/top-up-link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { MoneyAmount } from "@/components/ui/money";
import type { SavingsGoal } from "@/lib/domain";
import { formatDate } from "@/lib/format";
import { goalPlan } from "@/lib/goal-plan";
import { londonToday } from "@/lib/periods";

export interface GoalCardProps {
  goal: SavingsGoal;
  onEdit: () => void;
  onDelete: () => void;
}

/** A goal's card: saved against target with a ring, its account and share of it, its date and plan. */
export function GoalCard({ goal, onEdit, onDelete }: GoalCardProps) {
  const today = londonToday();
  const plan = goalPlan({
    target: goal.target,
    saved: goal.saved,
    allocationRatio: goal.allocationRatio,
    targetDate: goal.targetDate,
    createdOn: londonToday(new Date(goal.createdAt)),
    today,
  });
  const pending = goal.id.startsWith("pending-");
  const share = Math.round(goal.allocationRatio * 10000) / 100;
  return (
    <Card as="li" className="flex flex-col gap-4 p-5" aria-busy={pending || undefined}>
      <div className="flex items-start gap-4">
        <ProgressRing progress={plan.progress} label={goal.name} />
        <div className="min-w-0 flex-1">
          <h3 className="truncate text-base font-semibold text-text">{goal.name}</h3>
          <p className="text-sm text-text-muted">
            {share}% of {goal.accountName ?? "an account no longer connected"}
          </p>
          <p className="mt-1 text-sm text-text-muted">
            <MoneyAmount amount={goal.saved} className="text-lg font-semibold text-text" /> saved of <MoneyAmount amount={goal.target} />
          </p>
        </div>
      </div>
      <p className="flex items-center gap-1.5 text-sm text-text-muted">
        <Icon of={CalendarDays} className="size-4" aria-hidden="true" />
        {goal.targetDate ? `Target date ${formatDate(goal.targetDate)}` : "No target date"}
      </p>
      <GoalPlanText goal={goal} plan={plan} />
      {!pending && (
        <div className="-mb-1 flex flex-wrap gap-2 border-t border-border pt-3">
          <TopUpLink goal={goal} plan={plan} />
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${goal.name}`}>
            <Icon of={Pencil} className="size-4" /> Edit
          </Button>
          <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${goal.name}`}>
            <Icon of={Trash2} className="size-4" /> Delete
          </Button>
        </div>
      )}
    </Card>
  );
}
