import { MoneyAmount } from "@/components/ui/money";
import { Card } from "@/components/ui/card";
import { budgetTotals } from "@/lib/budget-progress";
import type { Budget } from "@/lib/domain";

/** Limits, spending and what is left across every budget, one line per currency (never summed across them). */
export function BudgetTotals({ budgets }: { budgets: readonly Budget[] }) {
  return (
    <Card className="p-5">
      <h3 className="sr-only">Totals</h3>
      <dl className="grid gap-4 sm:grid-cols-3">
        {budgetTotals(budgets).flatMap(({ limit, spent, remaining }) => [
          <Figure key={`${limit.currency}-limit`} term={`Budgeted (${limit.currency})`}>
            <MoneyAmount amount={limit} />
          </Figure>,
          <Figure key={`${limit.currency}-spent`} term={`Spent (${limit.currency})`}>
            <MoneyAmount amount={spent} />
          </Figure>,
          <Figure key={`${limit.currency}-left`} term={remaining.minor >= 0 ? `Left (${limit.currency})` : `Over (${limit.currency})`}>
            <MoneyAmount amount={{ ...remaining, minor: Math.abs(remaining.minor) }} className={remaining.minor < 0 ? "text-negative" : undefined} />
          </Figure>,
        ])}
      </dl>
    </Card>
  );
}

function Figure({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm text-text-muted">{term}</dt>
      <dd className="mt-0.5 text-xl font-semibold text-text">{children}</dd>
    </div>
  );
}
