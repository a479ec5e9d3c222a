"use client";

import { useQuery } from "@tanstack/react-query";
import { MoneyAmount } from "@/components/ui/money";
import { Skeleton } from "@/components/ui/skeleton";
import { formatCount, formatShortDate } from "@/lib/format";
import { similarTransactionsQuery } from "@/lib/queries";

const SHOWN = 5;

/** "This will also change 14 similar past transactions and future ones", with the first few of them. */
export function SimilarPreview({ transactionRef }: { transactionRef: string }) {
  const { data, isPending, isError } = useQuery(similarTransactionsQuery(transactionRef));
  if (isPending) {
    return (
      <div aria-busy="true" aria-label="Finding similar transactions…" className="flex flex-col gap-2">
        <Skeleton className="h-4 w-3/4" />
        <Skeleton className="h-4 w-1/2" />
      </div>
    );
  }
  if (isError) {
    return <p className="text-sm text-text-muted">We couldn’t list the similar transactions, but the change will still apply to them.</p>;
  }
  return (
    <div role="status" className="flex flex-col gap-2 rounded-lg bg-surface-muted p-3 text-sm">
      <p className="text-text">
        {data.length === 0
          ? "No similar past transactions yet; future similar ones will change too."
          : `This will also change ${formatCount(data.length, "similar past transaction")} and future ones.`}
      </p>
      {data.length > 0 && (
        <ul className="flex flex-col gap-1 text-text-muted">
          {data.slice(0, SHOWN).map((transaction) => (
            <li key={transaction.id} className="flex justify-between gap-3">
              <span className="truncate">
                {formatShortDate(transaction.date)} · {transaction.merchant?.name ?? transaction.description}
              </span>
              <MoneyAmount amount={transaction.amount} sign="always" />
            </li>
          ))}
          {data.length > SHOWN && <li>and {formatCount(data.length - SHOWN, "more", "more")}</li>}
        </ul>
      )}
    </div>
  );
}
