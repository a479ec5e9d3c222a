import { TransactionRow } from "@/components/transactions/transaction-row";
import type { Transaction } from "@/lib/domain";
import { calendarDay, formatRelativeDay } from "@/lib/format";

/** Splits a newest-first list into UK calendar days, keeping the order. */
function groupByDay(transactions: readonly Transaction[]): { day: string; items: Transaction[] }[] {
  const groups: { day: string; items: Transaction[] }[] = [];
  for (const transaction of transactions) {
    const day = calendarDay(transaction.date);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(transaction);
    else groups.push({ day, items: [transaction] });
  }
  return groups;
}

/** Transactions under "Today", "Yesterday", "19 November 2026" headings (h3: they sit in an h2 section). */
export function TransactionDayGroups({ transactions }: { transactions: readonly Transaction[] }) {
  return (
    <div className="divide-y divide-border">
      {groupByDay(transactions).map(({ day, items }) => (
        <div key={day}>
          <h3 className="bg-surface-muted/60 px-4 py-2 text-xs font-semibold tracking-wide text-text-muted uppercase sm:px-5">
            {/* "Today" depends on the clock, which may tick past midnight between server render and hydration. */}
            <time dateTime={day} suppressHydrationWarning>
              {formatRelativeDay(items[0]?.date ?? day)}
            </time>
          </h3>
          <ul className="divide-y divide-border">
            {items.map((transaction) => (
              <TransactionRow key={transaction.id} transaction={transaction} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
