import { describe, expect, it } from "vitest";
import type { Account, Transaction } from "@/lib/domain";
import { testTransaction } from "@/lib/testing/transaction";
import { toDayRows, transferCounterpart, transferLabel } from "@/lib/transaction-rows";

const transaction = (overrides: Partial<Transaction>): Transaction =>
  testTransaction({ accountId: "current", ...overrides });

const account = (id: string, name: string, last4: string): Account => ({
  id,
  name,
  kind: "current",
  type: null,
  currency: "GBP",
  provider: { id: "bank", name: "Bank", logoUrl: null },
  holderName: null,
  identifiers: { sortCode: "601613", accountNumberLast4: last4, ibanLast4: null, panLast4: null },
  booked: null,
  pending: null,
  creditLimit: null,
  balanceDate: null,
  isLiability: false,
  isClosed: false,
  hiddenFromTotals: false,
});

describe("day rows", () => {
  it("heads each London day with its net, declined payments left out", () => {
    const rows = toDayRows([
      transaction({ id: "a", date: "2026-11-30T10:00:00Z", amount: { minor: 250000, currency: "GBP" } }),
      transaction({ id: "b", date: "2026-11-30T09:00:00Z", amount: { minor: -1250, currency: "GBP" } }),
      transaction({ id: "c", date: "2026-11-30T08:00:00Z", amount: { minor: -99999, currency: "GBP" }, status: "declined" }),
      // 23:30 UTC on 28 June is 29 June in London.
      transaction({ id: "d", date: "2026-06-28T23:30:00Z", amount: { minor: -500, currency: "EUR" } }),
    ]);
    expect(rows.map((row) => (row.kind === "day" ? row.day : row.transaction.id))).toEqual([
      "2026-11-30",
      "a",
      "b",
      "c",
      "2026-06-29",
      "d",
    ]);
    expect(rows[0]).toMatchObject({ net: [{ minor: 248750, currency: "GBP" }] });
    expect(rows[4]).toMatchObject({ net: [{ minor: -500, currency: "EUR" }] });
  });

  it("has no rows for no transactions", () => {
    expect(toDayRows([])).toEqual([]);
  });
});

describe("transfers between the customer's own accounts", () => {
  const accounts = [account("current", "Everyday Current", "0604"), account("saver", "Everyday Saver", "1510")];
  const leg = (overrides: Partial<Transaction>) =>
    transaction({ tags: ["internal-transfer"], counterparty: { name: "A Person", identifier: "601613 31510" }, ...overrides });

  it("names the other account, in the direction the money went", () => {
    const out = leg({});
    const counterpart = transferCounterpart(out, accounts);
    expect(counterpart?.id).toBe("saver");
    expect(transferLabel(out, counterpart!)).toBe("To Everyday Saver");
    const back = leg({ accountId: "saver", amount: { minor: 1000, currency: "GBP" }, counterparty: { name: null, identifier: "60161300000604" } });
    expect(transferLabel(back, transferCounterpart(back, accounts)!)).toBe("From Everyday Current");
  });

  it("is not a transfer without the tag, to someone else, or to the same account", () => {
    expect(transferCounterpart(leg({ tags: [] }), accounts)).toBeNull();
    expect(transferCounterpart(leg({ counterparty: { name: "Landlord", identifier: "12345678" } }), accounts)).toBeNull();
    expect(transferCounterpart(leg({ counterparty: { name: null, identifier: "00000604" } }), accounts)).toBeNull();
    expect(transferCounterpart(leg({ counterparty: null }), accounts)).toBeNull();
  });
});
