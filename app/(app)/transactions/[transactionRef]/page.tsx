import type { Metadata } from "next";
import { ChevronLeft } from "lucide";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { TransactionDetails } from "@/components/transactions/detail/transaction-details";
import { TransactionDetailsSkeleton } from "@/components/transactions/detail/transaction-details-skeleton";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { requireUser } from "@/lib/auth/require-user";
import { NotFoundError } from "@/lib/errors";
import { prefetcher } from "@/lib/prefetch";
import { TransactionRef } from "@/lib/schemas/transactions";
import { securityEvent } from "@/lib/security/events";

export const metadata: Metadata = { title: "Transaction" };

interface Props {
  params: Promise<{ transactionRef: string }>;
}

/**
 * One transaction as its own page (phones open it here; wide screens in a drawer over the list). Unknown or
 * someone else's → a real 404; any other failure is left to the widget, which fetches again with Retry.
 */
export default async function TransactionPage({ params }: Props) {
  const ref = (await params).transactionRef;
  const user = await requireUser();
  if (!TransactionRef.safeParse(ref).success) notFound();
  const prefetch = prefetcher(user);
  prefetch.accounts();
  try {
    await prefetch.transaction(ref);
  } catch (error) {
    if (error instanceof NotFoundError) {
      securityEvent("not_found", { route: "/transactions/[transactionRef]" });
      notFound();
    }
  }
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <div className="mx-auto flex max-w-2xl flex-col gap-4">
        <Link href="/transactions" className="inline-flex items-center gap-1 self-start text-sm font-medium text-accent hover:underline">
          <Icon of={ChevronLeft} className="size-4" aria-hidden />
          All transactions
        </Link>
        <h1 className="sr-only">Transaction</h1>
        <Card className="p-5 sm:p-6">
          <QueryBoundary skeleton={<TransactionDetailsSkeleton />} errorTitle="We couldn’t load this transaction">
            <TransactionDetails transactionRef={ref} headingId="transaction-heading" />
          </QueryBoundary>
        </Card>
      </div>
    </HydrationBoundary>
  );
}
