"use client";

import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { Target } from "lucide";
import { BudgetFigures } from "@/components/budgets/budget-figures";
import { BudgetsSkeleton } from "@/components/budgets/budgets-skeleton";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { budgetsClosestToLimit } from "@/lib/overview-picks";
import { budgetsQuery } from "@/lib/queries";

/** Overview: the three budgets closest to (or over) their limit. */
export function BudgetsNearLimit() {
  return (
    <Section title="Budgets to watch" action={<Link href="/budgets" className="text-sm font-medium text-accent hover:underline">All budgets</Link>}>
      <QueryBoundary skeleton={<BudgetsSkeleton cards={1} totals={false} />} errorTitle="We couldn’t load your budgets">
        <Budgets />
      </QueryBoundary>
    </Section>
  );
}

function Budgets() {
  const { data } = useSuspenseQuery(budgetsQuery());
  const budgets = budgetsClosestToLimit(data);
  if (budgets.length === 0) {
    return (
      <Card>
        <EmptyState icon={Target} title="No budgets yet" description="Set a monthly limit and see here how it’s going." action={<Link href="/budgets" className={buttonClasses({ variant: "secondary" })}>Set up a budget</Link>} />
      </Card>
    );
  }
  return (
    <Card>
      <ul aria-label="Budgets closest to their limit" className="divide-y divide-border">
        {budgets.map((budget) => (
          <li key={budget.id} className="flex flex-col gap-2 p-4 sm:px-5">
            <Link href={`/budgets/${encodeURIComponent(budget.id)}`} className="font-medium text-text hover:underline">
              {budget.name}
            </Link>
            <BudgetFigures budget={budget} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
