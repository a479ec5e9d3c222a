"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { ArrowRightLeft, TriangleAlert } from "lucide";
import Link from "next/link";
import { Suspense } from "react";
import { buttonClasses } from "@/components/ui/button";
import { ErrorBoundary } from "@/components/ui/error-boundary";
import { Icon } from "@/components/ui/icon";
import { formatDate, formatMoney } from "@/lib/format";
import { shortfalls, type Shortfall } from "@/lib/insights/shortfall";
import { toWireAmount } from "@/lib/money";
import { accountsQuery, upcomingQuery } from "@/lib/queries";
import { MAX_PAYMENT_MINOR } from "@/lib/payments/rules";
import { toSearchParams } from "@/lib/schemas/search-params";

/**
 * Overview's warning that a current account's balance may not cover a bill in the next fortnight, with a one-tap
 * transfer into it. Extra to the page, like the consent banner: nothing while loading, on an error, or when every
 * bill is covered.
 */
export function ShortfallWarning() {
  return (
    <ErrorBoundary fallback={() => null}>
      <Suspense fallback={null}>
        <Warnings />
      </Suspense>
    </ErrorBoundary>
  );
}

function Warnings() {
  const { data: accounts } = useSuspenseQuery(accountsQuery());
  const { data: upcoming } = useSuspenseQuery(upcomingQuery());
  const warnings = shortfalls(accounts, upcoming.series, upcoming.today);
  if (warnings.length === 0) return null;
  return (
    <div role="region" aria-label="Balance warnings" className="mb-6 flex flex-col gap-3">
      {warnings.map((warning) => (
        <Warning key={warning.account.id} warning={warning} />
      ))}
    </div>
  );
}

function Warning({ warning }: { warning: Shortfall }) {
  const { account, payment, short, source } = warning;
  const amount = moveAmount(warning);
  return (
    <section
      aria-labelledby={`shortfall-${account.id}`}
      className="flex items-start gap-3 rounded-2xl bg-warning-soft px-4 py-3.5 text-sm text-text"
    >
      <Icon of={TriangleAlert} className="mt-0.5 size-4 shrink-0 text-warning" aria-hidden />
      <div className="flex min-w-0 flex-1 flex-col gap-2 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
        <div className="min-w-0">
          <h2 id={`shortfall-${account.id}`} className="font-medium">
            Your balance may not cover {payment.description} on {formatDate(`${payment.date}T12:00:00Z`)}
          </h2>
          <p className="text-text-muted">
            {account.name} is {formatMoney(short)} short.
            {source === null && ` None of your other accounts in ${account.currency} holds ${formatMoney(amount)}, so pay it in from another bank.`}
          </p>
        </div>
        <Link
          href={`/payments/new?${transferQuery(warning, amount)}`}
          // An account's name can be long: at 390 px the label wraps (overriding the button's one-line height) rather than overflow.
          className={buttonClasses({
            variant: "secondary",
            size: "sm",
            className: "h-auto! min-h-8 self-start py-1.5 text-left whitespace-normal! sm:self-center",
          })}
        >
          <Icon of={ArrowRightLeft} className="size-4 shrink-0" aria-hidden />
          {source ? `Move ${formatMoney(amount)} from ${source.name}` : `Pay into ${account.name}`}
        </Link>
      </div>
    </section>
  );
}

/** What one payment can carry: the shortfall, within the form's maximum (a bigger gap takes several). */
const moveAmount = ({ shortfall }: Shortfall) => ({ ...shortfall, minor: Math.min(shortfall.minor, MAX_PAYMENT_MINOR) });

/** The payment form's prefill: into the short account, from the source's bank when there is one. */
function transferQuery({ account, source }: Shortfall, amount: Shortfall["shortfall"]): string {
  return toSearchParams({
    toAccountId: account.id,
    amount: toWireAmount(amount).value,
    reference: "Top up",
    provider: source?.provider.id,
  });
}
