import { parseCsv } from "@/lib/testing/csv";
import { testTransaction } from "@/lib/testing/transaction";
import { describe, expect, it, vi } from "vitest";
import type { Transaction } from "@/lib/domain";
import { csvChunk, csvFilename, neutraliseFormula, signedAmount } from "@/lib/transactions-csv";

const transaction = (overrides: Partial<Transaction>): Transaction =>
  testTransaction({
    id: "t1",
    date: "2026-06-30T23:30:00Z",
    description: "Café",
    rawDescription: "CAFÉ NÉRO, \"KING'S\" CROSS",
    amount: { minor: -1230, currency: "GBP" },
    category: { l1: "food_and_drink", l2: "coffee" },
    merchant: { id: null, slug: "caffe_nero", name: "Caffè Nero", logoUrl: null },
    ...overrides,
  });

const accounts = [
  {
    id: "acc",
    name: "Everyday, Current",
    kind: "current" as const,
    type: null,
    currency: "GBP",
    provider: { id: "b", name: "B", logoUrl: null },
    holderName: null,
    identifiers: { sortCode: null, accountNumberLast4: null, ibanLast4: null, panLast4: null },
    booked: null,
    pending: null,
    creditLimit: null,
    balanceDate: null,
    isLiability: false,
    isClosed: false,
    hiddenFromTotals: false,
  },
];

describe("the CSV export writer", () => {
  it("starts with a UTF-8 BOM and the header, and only the first chunk does", () => {
    const first = csvChunk([transaction({})], accounts, true);
    expect(first.startsWith("\uFEFFdate,time,description,merchant,category,subcategory,account,amount,currency,status,transaction_id\r\n")).toBe(true);
    expect(csvChunk([transaction({})], accounts, false).startsWith("2026-07-01,")).toBe(true);
  });

  it("quotes commas, quotes and line breaks as RFC 4180 says, keeps non-ASCII, writes London dates and signed amounts", () => {
    const text = csvChunk(
      [
        transaction({}),
        transaction({ id: "t2", rawDescription: "line one\nline two", amount: { minor: 250000, currency: "GBP" } }),
        transaction({ id: "t3", amount: { minor: -500, currency: "JPY" }, merchant: null, category: null }),
      ],
      accounts,
      true,
    );
    expect(text).toContain('"CAFÉ NÉRO, ""KING\'S"" CROSS"');
    expect(text).toContain('"line one\nline two"');
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      date: "2026-07-01",
      time: "00:30:00",
      merchant: "Caffè Nero",
      account: "Everyday, Current",
      amount: "-12.30",
      currency: "GBP",
      category: "food_and_drink",
      subcategory: "coffee",
    });
    expect(rows[1]).toMatchObject({ description: "line one\nline two", amount: "2500.00" });
    expect(rows[2]).toMatchObject({ amount: "-500", currency: "JPY", merchant: "", category: "" });
  });

  it("neutralises cells that a spreadsheet would run as a formula, but not the amount", () => {
    for (const attack of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1"]) {
      expect(neutraliseFormula(attack)).toBe(`'${attack}`);
    }
    expect(neutraliseFormula("Tesco")).toBe("Tesco");
    const rows = parseCsv(
      csvChunk([transaction({ rawDescription: "=1+2", merchant: { id: null, slug: null, name: "@evil", logoUrl: null } })], accounts, true).slice(1),
    );
    expect(rows[0]).toMatchObject({ description: "'=1+2", merchant: "'@evil", amount: "-12.30" });
  });

  it("signs amounts with a hyphen-minus a spreadsheet reads as a number", () => {
    expect(signedAmount({ minor: -1, currency: "GBP" })).toBe("-0.01");
    expect(signedAmount({ minor: 0, currency: "GBP" })).toBe("0.00");
  });

  it("builds no date formatter per row (each holds native memory until V8 finalises it: hundreds of MB for 105,000 rows)", () => {
    const page = Array.from({ length: 200 }, (_, i) => transaction({ id: `t${i}` }));
    csvChunk(page, accounts, true);
    const built = vi.spyOn(Intl, "DateTimeFormat");
    try {
      expect(csvChunk(page, accounts, false).match(/\r\n/g)).toHaveLength(200);
      expect(built).not.toHaveBeenCalled();
    } finally {
      built.mockRestore();
    }
  });

  it("names the file after the range", () => {
    expect(csvFilename({ from: "2026-01-01", to: "2026-11-30" })).toBe("transactions-2026-01-01-to-2026-11-30.csv");
    expect(csvFilename({})).toBe("transactions-all.csv");
  });
});
