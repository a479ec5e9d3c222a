import type { Transaction } from "@/lib/domain";

/** A booked £10 debit with no enrichment; `extra` overrides any field. For unit tests. */
export function testTransaction(extra: Partial<Transaction> = {}): Transaction {
  return {
    id: "t",
    accountId: "acc",
    date: "2026-11-30T10:00:00Z",
    description: "Tesco",
    rawDescription: "TESCO STORES 1234",
    amount: { minor: -1000, currency: "GBP" },
    status: "booked",
    category: null,
    merchant: null,
    logoUrl: null,
    tags: [],
    valueDate: null,
    merchantWebsite: null,
    counterparty: null,
    location: null,
    regularity: null,
    ...extra,
  };
}
