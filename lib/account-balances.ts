import type { Account, Money } from "@/lib/domain";

/*
 * Which balance figures an account shows, and which one leads. Browser-safe: the balance cards call it.
 */

export type BalanceFigureKind = "balance" | "available" | "after_pending" | "credit_limit";

export interface BalanceFigure {
  kind: BalanceFigureKind;
  amount: Money;
}

export interface AccountBalances {
  /** The one figure to lead with: what is left to spend on a card, otherwise the booked balance (null: none). */
  headline: { kind: "balance" | "available"; amount: Money | null };
  /** The figures beside it, in display order; none repeats the headline. */
  others: BalanceFigure[];
}

/**
 * What is left to spend against a limit (a card's, or an overdraft's): the limit plus the balance, counting pending spend when the bank
 * reports it. Null when there is no limit or the currencies differ.
 */
export function availableCredit({ creditLimit, booked, pending }: Account): Money | null {
  const balance = pending ?? booked;
  if (!creditLimit || !balance || balance.currency !== creditLimit.currency) return null;
  return { minor: creditLimit.minor + balance.minor, currency: creditLimit.currency };
}

/** The balance after pending transactions, only when it says something the booked balance does not. */
export function distinctPending({ booked, pending }: Account): Money | null {
  if (!pending) return null;
  return booked && booked.minor === pending.minor && booked.currency === pending.currency ? null : pending;
}

/**
 * A credit card leads with what is left to spend, the figure card holders check; every other account leads with
 * its balance, and shows what is available (with an overdraft) beside it.
 */
export function accountBalances(account: Account): AccountBalances {
  const available = availableCredit(account);
  const afterPending = distinctPending(account);
  const leadWithAvailable = account.kind === "credit_card" && available !== null;
  const candidates: { kind: BalanceFigureKind; amount: Money | null }[] = leadWithAvailable
    ? [
        { kind: "balance", amount: account.booked },
        { kind: "after_pending", amount: afterPending },
        { kind: "credit_limit", amount: account.creditLimit },
      ]
    : [
        { kind: "after_pending", amount: afterPending },
        { kind: "credit_limit", amount: account.creditLimit },
        { kind: "available", amount: available },
      ];
  return {
    headline: leadWithAvailable ? { kind: "available", amount: available } : { kind: "balance", amount: account.booked },
    others: candidates.filter((figure): figure is BalanceFigure => figure.amount !== null),
  };
}
