"use client";

import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { PiggyBank } from "lucide";
import { GoalsSkeleton } from "@/components/goals/goals-skeleton";
import { ProgressRing } from "@/components/goals/progress-ring";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { formatDate } from "@/lib/format";
import { goalsNearestDate } from "@/lib/overview-picks";
import { goalsQuery } from "@/lib/queries";

/** Overview: the three goals whose target date comes soonest. */
export function GoalsDueSoon() {
  return (
    <Section title="Goals coming up" action={<Link href="/goals" className="text-sm font-medium text-accent hover:underline">All goals</Link>}>
      <QueryBoundary skeleton={<GoalsSkeleton cards={1} />} errorTitle="We couldn’t load your goals">
        <Goals />
      </QueryBoundary>
    </Section>
  );
}

function Goals() {
  const { data } = useSuspenseQuery(goalsQuery());
  const goals = goalsNearestDate(data);
  if (goals.length === 0) {
    return (
      <Card>
        <EmptyState icon={PiggyBank} title="No savings goals yet" description="Save towards something and track it here." action={<Link href="/goals" className={buttonClasses({ variant: "secondary" })}>Set a goal</Link>} />
      </Card>
    );
  }
  return (
    <Card>
      <ul aria-label="Goals with the nearest dates" className="divide-y divide-border">
        {goals.map((goal) => (
          <li key={goal.id} className="flex items-center gap-4 p-4 sm:px-5">
            <ProgressRing progress={goal.target.minor > 0 ? goal.saved.minor / goal.target.minor : 1} label={goal.name} />
            <div className="min-w-0">
              <p className="truncate font-medium text-text">{goal.name}</p>
              <p className="text-sm text-text-muted">
                <MoneyAmount amount={goal.saved} /> of <MoneyAmount amount={goal.target} />
                {goal.targetDate ? ` by ${formatDate(goal.targetDate)}` : ", no date"}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
