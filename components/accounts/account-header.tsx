"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowLeft } from "lucide";
import Link from "next/link";
import { AccountHeaderSkeleton } from "@/components/accounts/account-header-skeleton";
import { AccountIdentifiers } from "@/components/accounts/account-identifiers";
import { accountKindLabel } from "@/components/accounts/account-kind";
import { BALANCE_LABELS } from "@/components/accounts/balance-facts";
import { BalanceUpdated } from "@/components/accounts/balance-updated";
import { HiddenFromTotalsBadge } from "@/components/accounts/hidden-from-totals-badge";
import { IncludeInTotals } from "@/components/accounts/include-in-totals";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Icon } from "@/components/ui/icon";
import { Logo } from "@/components/ui/logo";
import { MoneyAmount } from "@/components/ui/money";
import { QueryBoundary } from "@/components/ui/query-boundary";
import { accountBalances } from "@/lib/account-balances";
import { accountQuery } from "@/lib/queries";

/** The top of an account's page: back link, the account's name as the h1, and its balances. */
export function AccountHeader({ accountId }: { accountId: string }) {
  return (
    <div className="mb-8">
      <Link
        href="/accounts"
        className="mb-4 inline-flex items-center gap-1.5 rounded text-sm font-medium text-text-muted hover:text-text"
      >
        <Icon of={ArrowLeft} className="size-4" />
        Accounts
      </Link>
      <QueryBoundary skeleton={<AccountHeaderSkeleton />} errorTitle="We couldn’t load this account">
        <AccountSummary accountId={accountId} />
      </QueryBoundary>
    </div>
  );
}

function AccountSummary({ accountId }: { accountId: string }) {
  const { data: account } = useSuspenseQuery(accountQuery(accountId));
  const { headline, others } = accountBalances(account);
  return (
    <>
      <div className="flex items-center gap-4">
        <Logo src={account.provider.logoUrl} name={account.provider.name} />
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-semibold tracking-tight sm:text-3xl">
            {account.name}
            {account.isClosed && <Badge>Closed</Badge>}
            {account.hiddenFromTotals && <HiddenFromTotalsBadge />}
          </h1>
          <p className="mt-0.5 flex flex-wrap gap-x-2 text-sm text-text-muted">
            <span>{account.provider.name}</span>
            <span aria-hidden="true">·</span>
            <span>{accountKindLabel(account)}</span>
            <span aria-hidden="true">·</span>
            <AccountIdentifiers identifiers={account.identifiers} />
          </p>
        </div>
      </div>
      <Card className="mt-6 p-5 sm:p-6">
        <dl className="flex flex-wrap items-end gap-x-12 gap-y-5">
          <div>
            <dt className="text-sm font-medium text-text-muted">{BALANCE_LABELS[headline.kind]}</dt>
            <dd className="mt-1 text-3xl font-semibold tracking-tight text-text sm:text-4xl">
              {headline.amount ? <MoneyAmount amount={headline.amount} /> : "—"}
            </dd>
          </div>
          {others.map(({ kind, amount }) => (
            <div key={kind}>
              <dt className="text-sm font-medium text-text-muted">{BALANCE_LABELS[kind]}</dt>
              <dd className="mt-1 text-lg font-semibold text-text">
                <MoneyAmount amount={amount} />
              </dd>
            </div>
          ))}
        </dl>
        <BalanceUpdated date={account.balanceDate} className="mt-4 text-xs text-text-muted" />
        <IncludeInTotals account={account} />
      </Card>
    </>
  );
}
