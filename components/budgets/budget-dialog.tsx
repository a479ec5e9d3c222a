"use client";

import { useQuery } from "@tanstack/react-query";
import { toast } from "sonner";
import { BudgetForm } from "@/components/budgets/budget-form";
import { useSaveBudget } from "@/components/budgets/use-save-budget";
import { DialogPanel } from "@/components/ui/dialog-panel";
import { ErrorState } from "@/components/ui/error-state";
import { errorMessage } from "@/components/ui/error-message";
import type { Budget } from "@/lib/domain";
import { formatMoney } from "@/lib/format";
import { budgetOptionsQuery } from "@/lib/queries";
import { BUDGET_FORM_DEFAULTS, type BudgetFormInput } from "@/lib/schemas/budgets";

/** The form's values for an existing budget: the limit written as plainly as the user would type it. */
function valuesOf(budget: Budget): BudgetFormInput {
  return {
    name: budget.name,
    amount: formatMoney(budget.limit).replace(/^[£€]/, ""),
    currency: budget.limit.currency === "EUR" ? "EUR" : "GBP",
    period: budget.period.kind,
    startingDay: budget.period.kind === "monthly" ? budget.period.startingDay : 1,
    categories: budget.categories,
    merchants: budget.merchants,
  };
}

export interface BudgetDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The budget to edit; absent to create one. */
  budget?: Budget;
}

/** Create or edit a budget. It closes only once the server has it; a refusal leaves it open with what was typed. */
export function BudgetDialog({ open, onOpenChange, budget }: BudgetDialogProps) {
  const options = useQuery({ ...budgetOptionsQuery(), enabled: open });
  const save = useSaveBudget(budget?.id);
  return (
    <DialogPanel
      open={open}
      onOpenChange={onOpenChange}
      title={budget ? `Edit “${budget.name}”` : "New budget"}
      description="Set a limit for the categories or merchants you want to keep an eye on."
    >
      <BudgetForm
        // A fresh form each time the dialog opens on a budget, so an edit starts from what is saved.
        key={budget?.id ?? "new"}
        defaultValues={budget ? valuesOf(budget) : BUDGET_FORM_DEFAULTS}
        options={options.data ?? null}
        optionsNote={
          options.isPending ? (
            <p role="status" className="text-sm text-text-muted">
              Loading categories and merchants…
            </p>
          ) : options.isError ? (
            <ErrorState variant="inline" title="We couldn’t load categories and merchants" message={errorMessage(options.error)} onRetry={() => void options.refetch()} retrying={options.isFetching} />
          ) : null
        }
        currencyLocked={budget !== undefined}
        submitLabel={budget ? "Save changes" : "Create budget"}
        onSubmit={async (values) => {
          const saved = await save.mutateAsync(values);
          onOpenChange(false);
          toast.success(budget ? `“${saved.name}” updated` : `“${saved.name}” created`);
        }}
        onCancel={() => onOpenChange(false)}
      />
    </DialogPanel>
  );
}
