"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { Sparkles, Target } from "lucide";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { errorMessage } from "@/components/ui/error-message";
import { Icon } from "@/components/ui/icon";
import { formatMoney, humanizeSlug } from "@/lib/format";
import { toWireAmount } from "@/lib/money";
import { budgetSuggestionsQuery } from "@/lib/queries";
import type { BudgetFormValues } from "@/lib/schemas/budgets";

/** The save (TanStack Query's mutation observer, the money parser) loads on the first reach for a suggestion. */
const loadSave = () => import("@/components/budgets/use-save-budget");

/** No budgets yet: suggestions from the last three months' spending, each created with one click. */
export function SuggestedBudgets({ onCreate }: { onCreate: () => void }) {
  const { data: suggestions } = useSuspenseQuery(budgetSuggestionsQuery());
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const create = async (name: string, values: BudgetFormValues) => {
    setSaving(true);
    try {
      await (await loadSave()).createBudget(queryClient, values);
      toast.success(`“${name}” created`);
    } catch (error) {
      toast.error(`We couldn’t create “${name}”`, { description: errorMessage(error) });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card>
      <EmptyState
        icon={Target}
        headingLevel="h2"
        title="No budgets yet"
        description={
          suggestions.length > 0
            ? "Start from what you usually spend: these are your monthly averages over the last three months."
            : "Set a monthly limit for the spending you want to keep an eye on."
        }
        action={
          <>
            {suggestions.length > 0 && (
              <ul className="flex flex-col gap-2" aria-label="Suggested budgets">
                {suggestions.map(({ l1, monthly }) => {
                  const name = humanizeSlug(l1);
                  return (
                    <li key={l1}>
                      <Button
                        variant="secondary"
                        disabled={saving}
                        onPointerOver={() => void loadSave()}
                        onFocus={() => void loadSave()}
                        onClick={() =>
                          void create(name, {
                            name,
                            amount: toWireAmount(monthly).value,
                            currency: "GBP",
                            period: "monthly",
                            startingDay: 1,
                            categories: [{ l1, l2: [] }],
                            merchants: [],
                          })
                        }
                      >
                        <Icon of={Sparkles} className="size-4" /> {name} {formatMoney(monthly)} a month
                      </Button>
                    </li>
                  );
                })}
              </ul>
            )}
            <Button onClick={onCreate}>Create your own budget</Button>
          </>
        }
      />
    </Card>
  );
}
