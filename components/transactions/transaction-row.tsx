"use client";

import { ArrowLeftRight } from "lucide";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Icon } from "@/components/ui/icon";
import { Logo } from "@/components/ui/logo";
import { MoneyAmount } from "@/components/ui/money";
import type { Account, Transaction } from "@/lib/domain";
import { calendarDay, humanizeSlug } from "@/lib/format";
import { transactionRef } from "@/lib/rules/transaction-ref";
import { transferCounterpart, transferLabel } from "@/lib/transaction-rows";

/** The transaction's own page: its URL carries the day, account and id that find it again. */
export const transactionHref = (transaction: Transaction) =>
  `/transactions/${encodeURIComponent(transactionRef(transaction, calendarDay(transaction.date)))}`;

export const transactionRefOf = (transaction: Transaction) => transactionRef(transaction, calendarDay(transaction.date));

/** What a row calls a transaction: the other account for a transfer, else the merchant or cleaned description. */
export function transactionTitle(transaction: Transaction, accounts: readonly Account[]): string {
  const counterpart = transferCounterpart(transaction, accounts);
  if (counterpart) return transferLabel(transaction, counterpart);
  return transaction.merchant?.name ?? transaction.description;
}

export function categoryLabel(transaction: Transaction): string {
  const category = transaction.category;
  return category ? humanizeSlug(category.l2 ?? category.l1) : "Uncategorised";
}

export interface TransactionRowProps extends Omit<React.ComponentProps<typeof Link>, "href" | "children"> {
  transaction: Transaction;
  /** The customer's accounts: names the account, and the other side of a transfer. */
  accounts: readonly Account[];
}

/**
 * One transaction, as a link to its detail: who (a transfer names the other account), what kind of spending and
 * from which account, how much (money in green with +), and whether it has settled. The date is not repeated:
 * every list groups rows under a day heading that carries it.
 */
export function TransactionRow({ transaction, accounts, className, ...link }: TransactionRowProps) {
  const { merchant, amount, status } = transaction;
  const declined = status === "declined";
  const transfer = transferCounterpart(transaction, accounts) !== null;
  const title = transactionTitle(transaction, accounts);
  const account = accounts.find((candidate) => candidate.id === transaction.accountId);
  const details = [transfer ? "Transfer" : categoryLabel(transaction), account?.name].filter(Boolean).join(" · ");
  return (
    <Link
      href={transactionHref(transaction)}
      className={cn(
        "flex items-center gap-3 px-4 py-3 transition-colors hover:bg-surface-muted focus-visible:bg-surface-muted focus-visible:outline-2 focus-visible:-outline-offset-2 sm:gap-4 sm:px-5",
        className,
      )}
      {...link}
    >
      {transfer ? (
        <span aria-hidden className="grid size-10 shrink-0 place-items-center rounded-full bg-surface-muted text-text-muted">
          <Icon of={ArrowLeftRight} className="size-5" />
        </span>
      ) : (
        <Logo src={transaction.logoUrl ?? merchant?.logoUrl ?? null} name={merchant?.name ?? transaction.description} />
      )}
      <span className="min-w-0 flex-1">
        <span className="block truncate font-medium text-text">{title}</span>
        <span className="block truncate text-sm text-text-muted">{details}</span>
      </span>
      <span className="flex shrink-0 flex-col items-end gap-1">
        <MoneyAmount
          amount={amount}
          sign="always"
          tone={declined ? "plain" : "credits"}
          className={cn("font-semibold", declined && "text-text-muted line-through")}
        />
        {status === "pending" && <Badge tone="warning">Pending</Badge>}
        {declined && <Badge tone="negative">Declined</Badge>}
      </span>
    </Link>
  );
}
