"use client";

import { useQuery } from "@tanstack/react-query";
import { DayHeading } from "@/components/transactions/day-heading";
import { TransactionRow } from "@/components/transactions/transaction-row";
import type { Transaction } from "@/lib/domain";
import { accountsQuery } from "@/lib/queries";
import { toDayRows } from "@/lib/transaction-rows";

/**
 * A short list (Overview's recent activity, an account's transactions) under day headings, with the same rows
 * as /transactions; the long list there is virtualized instead (transaction-list.tsx).
 */
export function TransactionDayGroups({ transactions }: { transactions: readonly Transaction[] }) {
  const { data: accounts = [] } = useQuery(accountsQuery());
  return (
    <ul className="-mt-px">
      {toDayRows(transactions).map((row) =>
        row.kind === "day" ? (
          <li key={row.day}>
            <DayHeading day={row.day} date={row.date} net={row.net} />
          </li>
        ) : (
          <li key={row.transaction.id} className="border-b border-border last:border-b-0">
            <TransactionRow transaction={row.transaction} accounts={accounts} />
          </li>
        ),
      )}
    </ul>
  );
}
