import { describe, expect, it } from "vitest";
import { netPositions } from "@/components/accounts/net-position";
import type { Account, Money } from "@/lib/domain";

function account(booked: Money | null, extra: Partial<Account> = {}): Account {
  return {
    id: Math.random().toString(36),
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
    ...extra,
  };
}

describe("netPositions", () => {
  it("nets assets against what is owed, per currency, pounds first", () => {
    const positions = netPositions([
      account({ minor: 5000, currency: "EUR" }),
      account({ minor: 250_000, currency: "GBP" }),
      account({ minor: -12_000, currency: "GBP" }, { kind: "credit_card", isLiability: true }),
      account({ minor: 1_000, currency: "GBP" }),
    ]);
    expect(positions).toEqual([
      {
        currency: "GBP",
        assets: { minor: 251_000, currency: "GBP" },
        liabilities: { minor: -12_000, currency: "GBP" },
        net: { minor: 239_000, currency: "GBP" },
      },
      {
        currency: "EUR",
        assets: { minor: 5000, currency: "EUR" },
        liabilities: { minor: 0, currency: "EUR" },
        net: { minor: 5000, currency: "EUR" },
      },
    ]);
  });

  it("leaves out closed accounts and accounts without a balance", () => {
    expect(netPositions([account(null), account({ minor: 100, currency: "GBP" }, { isClosed: true })])).toEqual([]);
  });
});
