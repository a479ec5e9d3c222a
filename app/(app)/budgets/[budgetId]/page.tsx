import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { BudgetDetail } from "@/components/budgets/budget-detail";
import { BudgetTransactions } from "@/components/budgets/budget-transactions";
import { AccountId } from "@/lib/api/params";
import { requireUser } from "@/lib/auth/require-user";
import { getBudget } from "@/lib/budgets";
import { NotFoundError } from "@/lib/errors";
import { prefetcher } from "@/lib/prefetch";
import { BudgetDayQuery } from "@/lib/schemas/budgets";
import { securityEvent } from "@/lib/security/events";

interface Props {
  params: Promise<{ budgetId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** The period's day from the URL; anything that is not a real date means "today's period". */
async function dayOf(searchParams: Props["searchParams"]): Promise<BudgetDayQuery> {
  const parsed = BudgetDayQuery.safeParse({ day: (await searchParams).day });
  return parsed.success ? parsed.data : {};
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { budgetId } = await params;
  const user = await requireUser();
  if (!AccountId.safeParse(budgetId).success) notFound();
  const budget = await getBudget(user.id, budgetId).catch(() => null);
  return { title: budget?.name ?? "Budget" };
}

/** The budget decides between the page and a 404, so it is awaited; its transactions stream in behind it. */
export default async function BudgetPage({ params, searchParams }: Props) {
  const { budgetId } = await params;
  const user = await requireUser();
  if (!AccountId.safeParse(budgetId).success) notFound();
  const query = await dayOf(searchParams);
  const prefetch = prefetcher(user);
  prefetch.budgetTransactions(budgetId, query);
  try {
    await prefetch.budget(budgetId, query);
  } catch (error) {
    if (error instanceof NotFoundError) {
      securityEvent("not_found", { route: "/budgets/[budgetId]" });
      notFound();
    }
  }
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <div className="flex flex-col gap-8">
        <BudgetDetail budgetId={budgetId} day={query.day} />
        <BudgetTransactions budgetId={budgetId} day={query.day} />
      </div>
    </HydrationBoundary>
  );
}
