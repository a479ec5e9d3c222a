import { describe, expect, it } from "vitest";
import type { Account, Money } from "@/lib/domain";
import { shortfalls } from "@/lib/insights/shortfall";
import type { ExpectedSeries } from "@/lib/insights/upcoming";
import { gbp, testAccount } from "@/lib/testing/account";

const today = "2026-11-25";
const eur = (minor: number): Money => ({ minor, currency: "EUR" });

const series = (accountId: string, description: string, dates: [string, Money][], merchant: string | null = null): ExpectedSeries => ({
  id: `${accountId}-${description}`,
  lastTransactionId: "t",
  accountId,
  description,
  period: "monthly",
  category: null,
  subscription: false,
  merchant: merchant === null ? null : { name: merchant, logoUrl: null },
  dates: dates.map(([date, amount]) => ({ date, amount })),
});

const current = testAccount(gbp(100_000), { id: "current", name: "Select Account" });
const rent = series("current", "RENT SO", [["2026-12-01", gbp(-102_340)]], "Rent");

describe("shortfalls", () => {
  it("warns about nothing when the balance covers every bill", () => {
    expect(shortfalls([current], [series("current", "Gym", [["2026-12-01", gbp(-3_000)]])], today)).toEqual([]);
  });

  it("names the first bill that takes the balance below zero, short by the pence and rounded up to the pound", () => {
    const later = series("current", "Council tax", [["2026-12-03", gbp(-15_000)]]);
    const [warning, ...others] = shortfalls([current], [later, rent], today);
    expect(others).toEqual([]);
    expect(warning).toMatchObject({
      account: { id: "current" },
      payment: { description: "Rent", date: "2026-12-01", amount: gbp(-102_340) },
      short: gbp(2_340),
      shortfall: gbp(2_400),
      source: null,
    });
  });

  it("lets income that arrives before the bill pay it, and counts own-account transfers", () => {
    const salary = series("current", "Salary", [["2026-11-28", gbp(250_000)]]);
    expect(shortfalls([current], [rent, salary], today)).toEqual([]);
    const sameDay = series("current", "Salary", [["2026-12-01", gbp(250_000)]]);
    expect(shortfalls([current], [rent, sameDay], today)).toEqual([]);
    const toSavings = series("current", "To savings", [["2026-11-26", gbp(-99_000)]]);
    toSavings.category = { l1: "pensions_savings_and_investments", l2: "savings" };
    expect(shortfalls([current], [toSavings, series("current", "Gym", [["2026-11-30", gbp(-3_000)]])], today)).toHaveLength(1);
  });

  it("ignores bills after the fortnight, before today and on other accounts", () => {
    const late = series("current", "Rent", [["2026-12-09", gbp(-200_000)]]);
    const past = series("current", "Old", [["2026-11-24", gbp(-200_000)]]);
    const elsewhere = series("other", "Rent", [["2026-12-01", gbp(-200_000)]]);
    expect(shortfalls([current], [late, past, elsewhere], today)).toEqual([]);
    expect(shortfalls([current], [{ ...late, dates: [{ date: "2026-12-08", amount: gbp(-200_000) }] }], today)).toHaveLength(1);
  });

  it("moves money from savings first, then another current account, never a card, and only what covers it", () => {
    const spare = testAccount(gbp(500_000), { id: "spare", kind: "current" });
    const saver = testAccount(gbp(10_000), { id: "saver", kind: "savings", name: "Everyday Saver" });
    const poor = testAccount(gbp(2_000), { id: "poor", kind: "savings" });
    const card = testAccount(gbp(900_000), { id: "card", kind: "credit_card", isLiability: true });
    const source = (accounts: Account[]) => shortfalls([current, ...accounts], [rent], today)[0]?.source?.id ?? null;
    expect(source([spare, saver, poor, card])).toBe("saver");
    expect(source([spare, poor, card])).toBe("spare");
    expect(source([poor, card])).toBeNull();
    expect(source([{ ...saver, isClosed: true }])).toBeNull();
  });

  it("keeps currencies apart: a euro account neither covers a pound bill nor is walked through one", () => {
    const euroSaver = testAccount(eur(900_000), { id: "euro", kind: "savings" });
    expect(shortfalls([current, euroSaver], [rent], today)[0]?.source).toBeNull();
    const euroCurrent = testAccount(eur(1_000), { id: "euro-current" });
    expect(shortfalls([euroCurrent], [series("euro-current", "Rent", [["2026-12-01", gbp(-5_000)]])], today)).toEqual([]);
    const [warning] = shortfalls([euroCurrent], [series("euro-current", "Miete", [["2026-12-01", eur(-1_001)]])], today);
    expect(warning?.shortfall).toEqual(eur(100));
  });

  it("warns about an account hidden from totals, and never about a savings account or a closed one", () => {
    expect(shortfalls([{ ...current, hiddenFromTotals: true }], [rent], today)).toHaveLength(1);
    expect(shortfalls([{ ...current, kind: "savings" }], [rent], today)).toEqual([]);
    expect(shortfalls([{ ...current, isClosed: true }], [rent], today)).toEqual([]);
  });

  it("does not take money from a current account that is itself short", () => {
    const other = testAccount(gbp(150_000), { id: "other" });
    const otherRent = series("other", "Rent", [["2026-11-30", gbp(-160_000)]]);
    const warnings = shortfalls([current, other], [rent, otherRent], today);
    expect(warnings.map((warning) => [warning.account.id, warning.source?.id ?? null])).toEqual([
      ["current", null],
      ["other", null],
    ]);
  });
});
