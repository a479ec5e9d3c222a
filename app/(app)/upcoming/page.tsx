import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { NoBankYet } from "@/components/accounts/no-bank-yet";
import { PageHeader } from "@/components/layout/page-header";
import { ExpectedCalendar } from "@/components/upcoming/expected-calendar";
import { RecurringLists } from "@/components/upcoming/recurring-list";
import { requireUser } from "@/lib/auth/require-user";
import { prefetcher } from "@/lib/prefetch";

export const metadata: Metadata = { title: "Upcoming" };

/** One query feeds both halves: Bud's projected recurring payments, marked where they are subscriptions. */
export default async function UpcomingPage() {
  const user = await requireUser();
  const prefetch = prefetcher(user);
  prefetch.accounts();
  prefetch.upcoming();
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader title="Upcoming" description="Bills, subscriptions and income we expect, from the payments that repeat." />
      <NoBankYet userId={user.id} shows="the bills, subscriptions and income on their way" />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)] lg:items-start">
        <RecurringLists />
        <ExpectedCalendar />
      </div>
    </HydrationBoundary>
  );
}
