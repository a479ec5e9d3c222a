import type { Account, Money } from "@/lib/domain";

let next = 0;

/** A plain open current account with the given booked balance; `extra` overrides any field. For unit tests. */
export function testAccount(booked: Money | null, extra: Partial<Account> = {}): Account {
  next += 1;
  return {
    id: `account-${next}`,
    name: "Account",
    kind: "current",
    type: null,
    currency: booked?.currency ?? "GBP",
    provider: { id: "bank", name: "Bank", logoUrl: null },
    holderName: null,
    identifiers: { sortCode: null, accountNumberLast4: null, ibanLast4: null, panLast4: null },
    booked,
    pending: null,
    creditLimit: null,
    balanceDate: null,
    isLiability: false,
    isClosed: false,
    hiddenFromTotals: false,
    ...extra,
  };
}

export const gbp = (minor: number): Money => ({ minor, currency: "GBP" });
