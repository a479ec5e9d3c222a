import type { Account, Money } from "@/lib/domain";

/**
 * What is left to spend on a card: the limit plus the (negative) balance, counting pending spend when the bank
 * reports it. Null when there is no limit or the currencies differ.
 */
export function availableCredit({ creditLimit, booked, pending }: Account): Money | null {
  const balance = pending ?? booked;
  if (!creditLimit || !balance || balance.currency !== creditLimit.currency) return null;
  return { minor: creditLimit.minor + balance.minor, currency: creditLimit.currency };
}

/** The pending balance, only when it says something the booked balance does not. */
export function distinctPending({ booked, pending }: Account): Money | null {
  if (!pending) return null;
  return booked && booked.minor === pending.minor && booked.currency === pending.currency ? null : pending;
}
