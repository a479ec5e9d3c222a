"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import Link from "next/link";
import { NotEnoughData } from "@/components/insights/not-enough-data";
import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Logo } from "@/components/ui/logo";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { Section } from "@/components/ui/section";
import { SkeletonRow } from "@/components/ui/skeleton-row";
import { formatCount } from "@/lib/format";
import { byCurrencyOrder } from "@/lib/insights/counting";
import { transactionsHref } from "@/lib/insights/links";
import { topMerchants } from "@/lib/insights/merchants";
import { merchantTotalsQuery } from "@/lib/request-queries";

export interface TopMerchantsProps {
  period: string;
  /** How many to list. */
  count?: number;
  title?: string;
}

/** Where the money went, by merchant, with logos; each row opens that merchant's transactions in the period. */
export function TopMerchants({ period, count = 5, title = "Top merchants" }: TopMerchantsProps) {
  return (
    <Section title={title}>
      <QueryBoundary skeleton={<MerchantsSkeleton count={count} />} errorTitle="We couldn’t load your merchants">
        <Merchants period={period} count={count} />
      </QueryBoundary>
    </Section>
  );
}

function Merchants({ period, count }: { period: string; count: number }) {
  const { data } = useSuspenseQuery(merchantTotalsQuery({ period }));
  const currencies = [...new Set(data.merchants.map((merchant) => merchant.spent.currency))].sort(byCurrencyOrder);
  const rows = currencies.flatMap((currency) => topMerchants(data.merchants, currency, count));
  if (rows.length === 0) {
    return (
      <Card>
        <NotEnoughData description="The shops and services you spend with most will show here." />
      </Card>
    );
  }
  return (
    <Card>
      <ol className="divide-y divide-border">
        {rows.map((merchant) => (
          <li key={`${merchant.slug}-${merchant.spent.currency}`}>
            <Link
              href={transactionsHref(data, { merchant: merchant.slug })}
              className="flex items-center gap-3 px-4 py-3 hover:bg-surface-muted sm:px-5"
            >
              <Logo src={merchant.logoUrl} name={merchant.name} />
              <span className="min-w-0 flex-1">
                <span className="block truncate font-medium text-text">{merchant.name}</span>
                <span className="block text-sm text-text-muted">{formatCount(merchant.count, "transaction")}</span>
              </span>
              <MoneyAmount amount={merchant.spent} className="font-medium text-text" />
            </Link>
          </li>
        ))}
      </ol>
      {data.includesHiddenAccounts && (
        <p className="border-t border-border px-4 py-3 text-xs text-text-muted sm:px-5">
          Includes accounts you hide from totals: merchant totals can’t leave them out.
        </p>
      )}
    </Card>
  );
}

function MerchantsSkeleton({ count }: { count: number }) {
  return (
    <LoadingRegion label="Loading your merchants…">
      <Card>
        <ul>
          {Array.from({ length: count }, (_, index) => (
            <SkeletonRow key={index} />
          ))}
        </ul>
      </Card>
    </LoadingRegion>
  );
}
