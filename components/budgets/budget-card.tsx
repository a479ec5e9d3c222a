"use client";

import Link from "next/link";
import { Pencil, Trash2 } from "lucide";
import { budgetScope } from "@/components/budgets/budget-labels";
import { BudgetFigures } from "@/components/budgets/budget-figures";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import type { Budget } from "@/lib/domain";

export interface BudgetCardProps {
  budget: Budget;
  onEdit: () => void;
  onDelete: () => void;
}

/** A budget's card; one still being created (its id not yet Bud's) shows without link or actions. */
export function BudgetCard({ budget, onEdit, onDelete }: BudgetCardProps) {
  const pending = budget.id.startsWith("pending-");
  return (
    <Card as="li" className="flex flex-col gap-4 p-5" aria-busy={pending || undefined}>
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="truncate text-base font-semibold text-text">
            {pending ? budget.name : (
              <Link href={`/budgets/${encodeURIComponent(budget.id)}`} className="hover:underline">
                {budget.name}
              </Link>
            )}
          </h3>
          <p className="mt-0.5 line-clamp-2 text-sm text-text-muted">{budgetScope(budget)}</p>
        </div>
        <Badge>{budget.period.kind === "monthly" ? `Monthly from day ${budget.period.startingDay}` : "One-off"}</Badge>
      </div>
      <BudgetFigures budget={budget} />
      {!pending && (
        <div className="-mb-1 flex gap-2 border-t border-border pt-3">
          <Button variant="ghost" size="sm" onClick={onEdit} aria-label={`Edit ${budget.name}`}>
            <Icon of={Pencil} className="size-4" /> Edit
          </Button>
          <Button variant="ghost" size="sm" onClick={onDelete} aria-label={`Delete ${budget.name}`}>
            <Icon of={Trash2} className="size-4" /> Delete
          </Button>
        </div>
      )}
    </Card>
  );
}
