"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { Card } from "@/components/ui/card";
import { MoneyAmount } from "@/components/ui/money";
import type { Money } from "@/lib/domain";
import { formatNumber } from "@/lib/format";
import type { NoTotalReason, TransactionTotals } from "@/lib/insights/filter-totals";
import { transactionTotalsQuery } from "@/lib/transaction-filter-queries";
import type { ValidFilters } from "@/lib/rules/transaction-filters";

const NO_TOTAL: Record<NoTotalReason, string> = {
  search: "Totals aren’t available for a search or an amount range.",
  status: "Totals count booked and pending payments together, so there’s none for one of them alone.",
  own_transfers: "Transfers between your own accounts aren’t spending or income, so they have no total.",
  merchant_combined: "A merchant’s total can’t be narrowed by account, category or direction.",
};

/** The totals of the filters, or why there are none. */
export function Totals({ filters }: { filters: ValidFilters }) {
  const { data } = useSuspenseQuery(transactionTotalsQuery(filters));
  if (data.kind === "none") return <p className="text-sm text-text-muted">{NO_TOTAL[data.reason]}</p>;
  return (
    <Card className="flex flex-col gap-2 px-4 py-3 sm:px-5">
      <dl className="flex flex-wrap gap-x-8 gap-y-2">{figuresOf(data)}</dl>
      <p className="text-xs text-text-muted">
        Booked and pending payments count; transfers between your own accounts don’t
        {data.leavesOutHidden ? ", nor do accounts you hid from totals" : ""}.
      </p>
    </Card>
  );
}

function figuresOf(totals: Exclude<TransactionTotals, { kind: "none" }>): React.ReactNode {
  if (totals.kind === "spent") {
    return (
      <>
        <Figure label="Spent" amounts={totals.totals.map((total) => total.spent)} nothing="Nothing" />
        <TransactionCount totals={totals.totals} />
      </>
    );
  }
  const { direction } = totals;
  return (
    <>
      {direction !== "out" && <Figure label="Money in" amounts={totals.totals.map((total) => total.moneyIn)} nothing="Nothing" />}
      {direction !== "in" && <Figure label="Money out" amounts={totals.totals.map((total) => total.moneyOut)} nothing="Nothing" />}
      <TransactionCount totals={totals.totals} />
    </>
  );
}

function TransactionCount({ totals }: { totals: readonly { count: number }[] }) {
  return <Figure label="Transactions" text={formatNumber(totals.reduce((sum, total) => sum + total.count, 0))} />;
}

/** One label and its value: amounts per currency, never added across currencies. */
function Figure({ label, amounts, nothing, text }: { label: string; amounts?: Money[]; nothing?: string; text?: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-text-muted">{label}</dt>
      <dd className="text-lg font-semibold text-text">
        {amounts === undefined
          ? text
          : amounts.length === 0
            ? nothing
            : amounts.map((amount, index) => (
                <span key={amount.currency}>
                  {index > 0 && <span className="px-1.5 text-text-muted">·</span>}
                  <MoneyAmount amount={amount} />
                </span>
              ))}
      </dd>
    </div>
  );
}
