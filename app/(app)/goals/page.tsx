import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { GoalsBoard } from "@/components/goals/goals-board";
import { NoBankYet } from "@/components/accounts/no-bank-yet";
import { PageHeader } from "@/components/layout/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { prefetcher } from "@/lib/prefetch";

export const metadata: Metadata = { title: "Goals" };

export default async function GoalsPage() {
  const user = await requireUser();
  const prefetch = prefetcher(user);
  prefetch.goals();
  // The goal form offers the user's accounts.
  prefetch.accounts();
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader title="Savings goals" description="What you’re saving for, and what it takes each month to get there." />
      <NoBankYet userId={user.id} shows="your savings goals, each set aside in one of your savings accounts" />
      <GoalsBoard />
    </HydrationBoundary>
  );
}
