import type { Account, Money, Transaction } from "@/lib/domain";
import { calendarDay } from "@/lib/format";
import { sumByCurrency } from "@/lib/money";

/*
 * The derived parts of a transaction list: day groups with their net totals, and transfers between the
 * customer's own accounts. Browser-safe; the list components only lay these out.
 */

export type TransactionListRow =
  | { kind: "day"; day: string; date: string; net: Money[] }
  | { kind: "transaction"; transaction: Transaction };

/**
 * A newest-first list as rows for a virtualized list: a heading row per UK calendar day, carrying the day's net
 * (money in minus money out, per currency; declined payments moved nothing), then that day's transactions.
 */
export function toDayRows(transactions: readonly Transaction[]): TransactionListRow[] {
  const groups: { day: string; items: Transaction[] }[] = [];
  for (const transaction of transactions) {
    const day = calendarDay(transaction.date);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(transaction);
    else groups.push({ day, items: [transaction] });
  }
  return groups.flatMap(({ day, items }): TransactionListRow[] => [
    {
      kind: "day",
      day,
      date: items[0]!.date,
      net: sumByCurrency(items.filter((t) => t.status !== "declined").map((t) => t.amount)),
    },
    ...items.map((transaction) => ({ kind: "transaction" as const, transaction })),
  ]);
}

/** A row's stable identity in a list, whichever way the list lays its rows out. */
export const rowKey = (row: TransactionListRow) => (row.kind === "day" ? `day:${row.day}` : `t:${row.transaction.id}`);

/** The tag Bud (and the stand-in) put on both legs of a transfer between a customer's own accounts. */
const INTERNAL_TRANSFER_TAG = "internal-transfer";

const digitsOf = (text: string) => text.replace(/\D/g, "");

/**
 * The customer's other account at the far end of a transfer, found by the counterparty's account number (or
 * IBAN) ending as one of their accounts does. null for anything else, including a transfer to someone else.
 */
export function transferCounterpart(transaction: Transaction, accounts: readonly Account[]): Account | null {
  if (!transaction.tags.includes(INTERNAL_TRANSFER_TAG)) return null;
  const identifier = digitsOf(transaction.counterparty?.identifier ?? "");
  if (identifier.length < 4) return null;
  const last4 = identifier.slice(-4);
  return (
    accounts.find(
      (account) =>
        account.id !== transaction.accountId &&
        (account.identifiers.accountNumberLast4 === last4 || account.identifiers.ibanLast4 === last4),
    ) ?? null
  );
}

/** "To Everyday Saver" / "From Everyday Current": what a transfer row says instead of a merchant. */
export function transferLabel(transaction: Transaction, counterpart: Account): string {
  return `${transaction.amount.minor < 0 ? "To" : "From"} ${counterpart.name}`;
}
