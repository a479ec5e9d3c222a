import type { Account, Money } from "@/lib/domain";

/*
 * Which balance figures an account shows, and which one leads. Browser-safe: the balance cards call it.
 */

export type BalanceFigureKind = "balance" | "available_credit" | "after_pending" | "credit_limit";

export interface BalanceFigure {
  kind: BalanceFigureKind;
  amount: Money;
}

export interface AccountBalances {
  /** The one figure to lead with: what is left to spend on a card, otherwise the booked balance (null: none). */
  headline: { kind: "balance" | "available_credit"; amount: Money | null };
  /** The figures beside it, in display order; none repeats the headline. */
  others: BalanceFigure[];
}

/**
 * What is left to spend on a card: the limit plus the (negative) balance, counting pending spend when the bank
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

export function accountBalances(account: Account): AccountBalances {
  const available = availableCredit(account);
  const candidates: { kind: BalanceFigureKind; amount: Money | null }[] = available
    ? [
        { kind: "balance", amount: account.booked },
        { kind: "after_pending", amount: distinctPending(account) },
        { kind: "credit_limit", amount: account.creditLimit },
      ]
    : [
        { kind: "after_pending", amount: distinctPending(account) },
        { kind: "credit_limit", amount: account.creditLimit },
      ];
  return {
    headline: available ? { kind: "available_credit", amount: available } : { kind: "balance", amount: account.booked },
    others: candidates.filter((figure): figure is BalanceFigure => figure.amount !== null),
  };
}
