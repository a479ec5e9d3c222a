"use client";

import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowLeft, ChevronLeft, ChevronRight } from "lucide";
import { budgetScope } from "@/components/budgets/budget-labels";
import { BudgetFigures } from "@/components/budgets/budget-figures";
import { BudgetsSkeleton } from "@/components/budgets/budgets-skeleton";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { formatDate } from "@/lib/format";
import { londonToday, shiftDays } from "@/lib/periods";
import { budgetQuery } from "@/lib/request-queries";

/** A budget for one period, with links to step back (and forward again) through its periods. */
export function BudgetDetail({ budgetId, day }: { budgetId: string; day?: string }) {
  return (
    <div className="flex flex-col gap-4">
      <Link href="/budgets" className="inline-flex w-fit items-center gap-1.5 text-sm font-medium text-accent hover:underline">
        <Icon of={ArrowLeft} className="size-4" /> All budgets
      </Link>
      <QueryBoundary skeleton={<BudgetsSkeleton cards={1} totals={false} />} errorTitle="We couldn’t load this budget">
        <Detail budgetId={budgetId} day={day} />
      </QueryBoundary>
    </div>
  );
}

function Detail({ budgetId, day }: { budgetId: string; day?: string }) {
  const { data: budget } = useSuspenseQuery(budgetQuery(budgetId, { day }));
  const today = londonToday();
  const monthly = budget.period.kind === "monthly";
  const isCurrent = budget.spentTo >= today;
  const periodHref = (target: string) => `/budgets/${encodeURIComponent(budgetId)}?day=${target}`;
  return (
    <>
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-text sm:text-3xl">{budget.name}</h1>
        <p className="mt-1 text-sm text-text-muted sm:text-base">{budgetScope(budget)}</p>
      </div>
      <Card className="flex flex-col gap-4 p-5">
        <p className="text-sm font-medium text-text">
          {formatDate(budget.spentFrom)} – {monthly ? formatDate(budget.spentTo) : "today"}
        </p>
        <BudgetFigures budget={budget} today={today} />
        {monthly && (
          <nav aria-label="Budget periods" className="flex flex-wrap justify-between gap-2 border-t border-border pt-3">
            <Link href={periodHref(shiftDays(budget.spentFrom, -1))} className={buttonClasses({ variant: "secondary", size: "sm" })}>
              <Icon of={ChevronLeft} className="size-4" /> Previous period
            </Link>
            {!isCurrent && (
              <Link href={periodHref(shiftDays(budget.spentTo, 1))} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                Next period <Icon of={ChevronRight} className="size-4" />
              </Link>
            )}
          </nav>
        )}
      </Card>
    </>
  );
}
