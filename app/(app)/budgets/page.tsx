import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { BudgetsBoard } from "@/components/budgets/budgets-board";
import { PageHeader } from "@/components/layout/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { prefetcher } from "@/lib/prefetch";

export const metadata: Metadata = { title: "Budgets" };

export default async function BudgetsPage() {
  const user = await requireUser();
  const prefetch = prefetcher(user);
  prefetch.budgets();
  // Shown only to someone with no budgets, but started now so the empty state never waits on a second round trip.
  prefetch.budgetSuggestions();
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader title="Budgets" description="Limits for the spending you care about, and how each month is going." />
      <BudgetsBoard />
    </HydrationBoundary>
  );
}
