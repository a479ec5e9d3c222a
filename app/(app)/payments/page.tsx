import type { Metadata } from "next";
import { HydrationBoundary } from "@tanstack/react-query";
import { Plus } from "lucide";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { PaymentsView } from "@/components/payments/payments-view";
import { buttonClasses } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { requireUser } from "@/lib/auth/require-user";
import { prefetcher } from "@/lib/prefetch";
import { PaymentState } from "@/lib/schemas/payments";
import * as z from "@/lib/schemas/zod";

export const metadata: Metadata = { title: "Payments" };

interface Props {
  searchParams: Promise<{ state?: string | string[] }>;
}

export default async function PaymentsPage({ searchParams }: Props) {
  const user = await requireUser();
  const state = z.catch(z.optional(PaymentState), undefined).parse((await searchParams).state);
  const prefetch = prefetcher(user);
  prefetch.payments(state ? { state } : {});
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <PageHeader
        title="Payments"
        description="Payments and standing orders you made through Budgie, and how each one went."
        actions={
          <Link href="/payments/new" className={buttonClasses()}>
            <Icon of={Plus} className="size-4" aria-hidden /> New payment
          </Link>
        }
      />
      <PaymentsView />
    </HydrationBoundary>
  );
}
