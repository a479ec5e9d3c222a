import { isIsoDate } from "@/lib/calendar/iso-dates";
import { accountIdRule } from "@/lib/rules/transaction-filters";

/*
 * Bud has no call that reads one transaction by id, so a transaction's URL carries what finds it again: the
 * London day it happened, its account and its id, as one path segment `2026-11-28~<account id>~<transaction id>`
 * (`/transactions/<ref>`, `/api/transactions/<ref>`). The account id sits in the middle, so it may hold any of
 * its characters; the transaction id may not hold a tilde. Without zod, so the list can link its rows cheaply;
 * the routes parse refs with lib/schemas/transactions.ts's TransactionRef, built from `locateTransaction`.
 */

export interface TransactionLocator {
  date: string;
  accountId: string;
  transactionId: string;
}

export const MAX_TRANSACTION_REF = 300;

/** The ref of a transaction dated `londonDay` (its calendar day in London). */
export function transactionRef(transaction: { id: string; accountId: string }, londonDay: string): string {
  return `${londonDay}~${transaction.accountId}~${transaction.id}`;
}

/** What a ref says, or null when it is not one `transactionRef` could have written. */
export function locateTransaction(ref: string): TransactionLocator | null {
  if (ref.length > MAX_TRANSACTION_REF) return null;
  const date = ref.slice(0, 10);
  const last = ref.lastIndexOf("~");
  const located = { date, accountId: ref.slice(11, last), transactionId: ref.slice(last + 1) };
  const valid =
    ref[10] === "~" &&
    last > 11 &&
    isIsoDate(date) &&
    accountIdRule.problem(located.accountId) === null &&
    /^[\w.\-]{1,128}$/.test(located.transactionId);
  return valid ? located : null;
}
