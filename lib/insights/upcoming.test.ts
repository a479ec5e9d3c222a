import { describe, expect, it } from "vitest";
import { calendarMonths, comingUp, monthWeeks, recurringPayments, type ExpectedSeries } from "@/lib/insights/upcoming";

const series = (id: string, minor: number, dates: string[], category: ExpectedSeries["category"] = null): ExpectedSeries => ({
  id,
  lastTransactionId: `t-${id}`,
  accountId: "current",
  description: id,
  period: "monthly",
  category,
  subscription: false,
  merchant: null,
  dates: dates.map((date) => ({ date, amount: { minor, currency: "GBP" } })),
});

const today = "2026-11-25";
const all = [
  series("rent", -120_000, ["2026-12-01", "2027-01-01", "2027-02-01"]),
  series("salary", 300_000, ["2026-11-28", "2026-12-28", "2027-01-28"]),
  series("netflix", -1_099, ["2026-12-10", "2027-01-10"]),
  series("savings", -50_000, ["2026-11-30"], { l1: "pensions_savings_and_investments", l2: "savings" }),
];

describe("what comes next", () => {
  it("lists the next fortnight soonest first, without own-account transfers", () => {
    expect(comingUp(all, today).map((payment) => [payment.date, payment.description])).toEqual([
      ["2026-11-28", "salary"],
      ["2026-12-01", "rent"],
    ]);
  });

  it("gives each recurring payment its next date", () => {
    expect(recurringPayments(all, today).map((payment) => [payment.series.id, payment.next.date])).toEqual([
      ["salary", "2026-11-28"],
      ["rent", "2026-12-01"],
      ["netflix", "2026-12-10"],
    ]);
  });

  it("builds a three-month calendar with money in and out per month", () => {
    const months = calendarMonths(all, today);
    expect(months.map((month) => month.month)).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(months[1]?.totals).toEqual([{ currency: "GBP", moneyIn: { minor: 300_000, currency: "GBP" }, moneyOut: { minor: 121_099, currency: "GBP" } }]);
    expect([...(months[0]?.days.keys() ?? [])]).toEqual(["2026-11-28"]);
  });

  it("starts with next month when nothing more is expected this month", () => {
    const months = calendarMonths(all, "2026-11-29");
    expect(months.map((month) => month.month)).toEqual(["2026-12", "2027-01", "2027-02"]);
  });
});

describe("calendar weeks", () => {
  it("starts weeks on Monday and pads the month with empty days", () => {
    const weeks = monthWeeks("2026-03");
    // 1 March 2026 is a Sunday; the clock change on the 29th does not move any day.
    expect(weeks[0]).toEqual([null, null, null, null, null, null, "2026-03-01"]);
    expect(weeks.at(-1)).toEqual(["2026-03-30", "2026-03-31", null, null, null, null, null]);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
  });
});
