import { describe, expect, it } from "vitest";
import { parseMoneyInput } from "@/lib/money-input";
import { moneyInputSchema } from "@/lib/schemas/money-input";

const minor = (text: string, currency = "GBP") => {
  const result = parseMoneyInput(text, currency);
  return result.ok ? result.money.minor : result.message;
};

describe("typed money", () => {
  it("understands the ways people write amounts", () => {
    expect(minor("12.5")).toBe(1250);
    expect(minor("12.50")).toBe(1250);
    expect(minor("£12.50")).toBe(1250);
    expect(minor(" £ 1,200 ")).toBe(120_000);
    expect(minor("1,234,567.89")).toBe(123_456_789);
    expect(minor("GBP 7")).toBe(700);
    expect(minor("€1,200.00", "EUR")).toBe(120_000);
    expect(minor("0")).toBe(0);
  });

  it("refuses more decimals than the currency has, and anything that is not an amount", () => {
    expect(minor("12.345")).toBe("Use at most 2 decimal places.");
    expect(minor("12.5", "JPY")).toBe("Use whole amounts only.");
    expect(minor("")).toBe("Enter an amount.");
    expect(minor("£")).toBe("Enter an amount.");
    expect(minor("-5")).toBe("Enter an amount above zero.");
    expect(minor("£-5")).toBe("Enter an amount above zero.");
    for (const bad of ["1,20", "12,00.00", "1.2.3", "12 50", "abc", "1e3", "$12"]) expect(minor(bad), bad).toBe("Enter an amount such as 12.50.");
    expect(minor("99999999999999999")).toBe("That amount is too large.");
  });

  it("checks limits in the schema", () => {
    const schema = moneyInputSchema("GBP", { max: 25_000_00 });
    expect(schema.parse("250")).toEqual({ minor: 25_000, currency: "GBP" });
    expect(schema.safeParse("0").error?.issues[0]?.message).toBe("Enter an amount above zero.");
    expect(schema.safeParse("25,000.01").error?.issues[0]?.message).toBe("That amount is too large.");
  });
});
