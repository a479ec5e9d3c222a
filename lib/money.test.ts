import { describe, expect, it } from "vitest";
import { addMoney, currencyExponent, MoneyParseError, parseMoney, sumByCurrency, toWireAmount } from "@/lib/money";

describe("parseMoney", () => {
  it.each([
    ["1234.56", "GBP", "credit", 123456],
    ["1234.56", "GBP", "debit", -123456],
    ["0.07", "GBP", "credit", 7],
    ["10.9", "GBP", "credit", 1090],
    ["10", "EUR", "debit", -1000],
    ["-10.98", "GBP", "credit", -1098],
    ["-10.98", "GBP", "debit", 1098],
    ["10.980", "GBP", "credit", 1098],
    ["500", "JPY", "credit", 500],
    ["1.234", "KWD", "credit", 1234],
    ["90071992547409.91", "GBP", "credit", 9007199254740991],
    ["0.00", "GBP", "debit", 0],
  ] as const)("%s %s %s → %d minor units", (value, currency, direction, minor) => {
    expect(parseMoney(value, currency, direction)).toEqual({ minor, currency });
  });

  it("never produces negative zero", () => {
    expect(Object.is(parseMoney("0", "GBP", "debit").minor, 0)).toBe(true);
  });

  it.each([
    ["12.345", "GBP"],
    ["1.5", "JPY"],
    ["1,234.00", "GBP"],
    ["1e3", "GBP"],
    ["", "GBP"],
    [" ", "GBP"],
    ["12.30", "gbp"],
    ["12.30", "POUNDS"],
    ["90071992547409.92", "GBP"],
  ])("rejects %j %s", (value, currency) => {
    expect(() => parseMoney(value, currency)).toThrow(MoneyParseError);
  });

  it("avoids floating point: 0.1 + 0.2 is exactly 0.30", () => {
    const sum = addMoney(parseMoney("0.1", "GBP"), parseMoney("0.2", "GBP"));
    expect(toWireAmount(sum)).toEqual({ value: "0.30", direction: "credit" });
  });
});

describe("toWireAmount", () => {
  it.each([
    [{ minor: -123456, currency: "GBP" }, "1234.56", "debit"],
    [{ minor: 5, currency: "GBP" }, "0.05", "credit"],
    [{ minor: 500, currency: "JPY" }, "500", "credit"],
    [{ minor: 0, currency: "EUR" }, "0.00", "credit"],
  ])("%j → %s %s", (amount, value, direction) => {
    expect(toWireAmount(amount)).toEqual({ value, direction });
  });

  it("round-trips through parseMoney", () => {
    for (const minor of [-9007199254740991, -1, 0, 1, 99, 100, 123456789]) {
      const wire = toWireAmount({ minor, currency: "GBP" });
      expect(parseMoney(wire.value, "GBP", wire.direction).minor).toBe(minor);
    }
  });
});

describe("helpers", () => {
  it("knows currency exponents", () => {
    expect([currencyExponent("GBP"), currencyExponent("JPY"), currencyExponent("KWD")]).toEqual([2, 0, 3]);
  });

  it("sums per currency in first-seen order", () => {
    const totals = sumByCurrency([
      { minor: 100, currency: "GBP" },
      { minor: -50, currency: "EUR" },
      { minor: 25, currency: "GBP" },
    ]);
    expect(totals).toEqual([
      { minor: 125, currency: "GBP" },
      { minor: -50, currency: "EUR" },
    ]);
  });

  it("refuses to add different currencies", () => {
    expect(() => addMoney({ minor: 1, currency: "GBP" }, { minor: 1, currency: "EUR" })).toThrow();
  });
});
