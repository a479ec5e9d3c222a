"use client";

import { useQuery } from "@tanstack/react-query";
import { DayHeading } from "@/components/transactions/day-heading";
import { TransactionRow } from "@/components/transactions/transaction-row";
import type { Transaction } from "@/lib/domain";
import { accountsQuery } from "@/lib/queries";
import { toDayRows, type TransactionListRow } from "@/lib/transaction-rows";

type DayRow = Extract<TransactionListRow, { kind: "day" }>;

/** toDayRows' flat rows back into days, each with its transactions. */
function byDay(transactions: readonly Transaction[]): { heading: DayRow; items: Transaction[] }[] {
  const days: { heading: DayRow; items: Transaction[] }[] = [];
  for (const row of toDayRows(transactions)) {
    if (row.kind === "day") days.push({ heading: row, items: [] });
    else days.at(-1)?.items.push(row.transaction);
  }
  return days;
}

/**
 * A short list (Overview's recent activity, an account's transactions) under day headings, with the same rows
 * as /transactions; the long list there is virtualized instead (transaction-list.tsx).
 */
export function TransactionDayGroups({ transactions }: { transactions: readonly Transaction[] }) {
  const { data: accounts = [] } = useQuery(accountsQuery());
  return (
    <div className="-mt-px">
      {byDay(transactions).map(({ heading, items }) => (
        <div key={heading.day}>
          <DayHeading day={heading.day} date={heading.date} net={heading.net} />
          <ul className="divide-y divide-border">
            {items.map((transaction) => (
              <li key={transaction.id}>
                <TransactionRow transaction={transaction} accounts={accounts} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
