import { describe, expect, it } from "vitest";
import {
  calendarDay,
  clockTime,
  formatCount,
  formatMoneyCompact,
  formatMonth,
  formatPercent,
  formatShortMonth,
  formatDate,
  formatDateTime,
  formatGreeting,
  formatLast4,
  formatMoney,
  formatDayHeading,
  formatRelativeDay,
  formatShortDate,
  formatSortCode,
  formatTimeAgo,
  humanizeSlug,
} from "@/lib/format";

describe("formatMoney", () => {
  it("formats pounds with grouping and pence", () => {
    expect(formatMoney({ minor: 123456, currency: "GBP" })).toBe("£1,234.56");
  });

  it("puts a true minus sign (U+2212) before the symbol for debits", () => {
    expect(formatMoney({ minor: -1230, currency: "GBP" })).toBe("\u2212£12.30");
    expect(formatMoney({ minor: -7, currency: "GBP" })).toBe("\u2212£0.07");
    expect(formatMoney({ minor: -1230, currency: "GBP" })).not.toContain("-");
  });

  it("shows zero without a sign", () => {
    expect(formatMoney({ minor: 0, currency: "GBP" })).toBe("£0.00");
    expect(formatMoney({ minor: 0, currency: "GBP" }, { sign: "always" })).toBe("£0.00");
  });

  it("marks credits with + when asked", () => {
    expect(formatMoney({ minor: 1000, currency: "GBP" }, { sign: "always" })).toBe("+£10.00");
    expect(formatMoney({ minor: -1000, currency: "GBP" }, { sign: "always" })).toBe("−£10.00");
  });

  it("uses each currency's symbol and minor-unit exponent", () => {
    expect(formatMoney({ minor: 500, currency: "EUR" })).toBe("€5.00");
    expect(formatMoney({ minor: 500, currency: "JPY" })).toBe("¥500");
    expect(formatMoney({ minor: 1234, currency: "KWD" })).toBe("KWD\u00a01.234");
    expect(formatMoney({ minor: -250, currency: "USD" })).toBe("−$2.50");
    expect(formatMoney({ minor: -1234, currency: "KWD" })).toBe("−KWD\u00a01.234");
  });

  it("keeps every digit of the largest safe amount", () => {
    expect(formatMoney({ minor: Number.MAX_SAFE_INTEGER, currency: "GBP" })).toBe("£90,071,992,547,409.91");
    expect(formatMoney({ minor: -Number.MAX_SAFE_INTEGER, currency: "JPY" })).toBe("−¥9,007,199,254,740,991");
  });
});

describe("dates", () => {
  it("formats long, short and date-time forms on the UK calendar", () => {
    expect(formatDate("2022-06-24T10:00:00Z")).toBe("24 June 2022");
    expect(formatShortDate("2022-06-24T10:00:00Z")).toBe("24 Jun");
    // 13:05 UTC is 14:05 in London in summer.
    expect(formatDateTime("2022-06-24T13:05:00Z")).toBe("24 June 2022 at 14:05");
  });

  it("uses the London day, not UTC, near midnight", () => {
    expect(formatDate("2022-06-24T23:30:00Z")).toBe("25 June 2022");
    expect(calendarDay("2022-06-24T23:30:00Z")).toBe("2022-06-25");
    expect(calendarDay("2022-12-24T23:30:00Z")).toBe("2022-12-24");
  });

  it("gives every instant of a UTC hour the same London day, at midnight and across both clock changes", () => {
    // Worked out once per UTC hour: the hours either side of each boundary, asked twice in each.
    const cases: [string, string][] = [
      ["2026-06-24T22:00:00Z", "2026-06-24"],
      ["2026-06-24T22:59:59.999Z", "2026-06-24"],
      ["2026-06-24T23:00:00Z", "2026-06-25"],
      ["2026-06-24T23:59:59Z", "2026-06-25"],
      ["2026-12-24T23:59:59Z", "2026-12-24"],
      ["2026-12-25T00:00:00Z", "2026-12-25"],
      ["2026-03-28T23:59:59Z", "2026-03-28"],
      ["2026-03-29T00:30:00Z", "2026-03-29"],
      ["2026-03-29T22:59:59Z", "2026-03-29"],
      ["2026-03-29T23:00:00Z", "2026-03-30"],
      ["2026-10-24T22:59:59Z", "2026-10-24"],
      ["2026-10-24T23:00:00Z", "2026-10-25"],
      ["2026-10-25T23:59:59Z", "2026-10-25"],
      ["2026-10-26T00:00:00Z", "2026-10-26"],
    ];
    for (const [instant, day] of [...cases, ...cases]) expect(calendarDay(instant), instant).toBe(day);
    expect(calendarDay(new Date("2026-06-24T23:15:00Z"))).toBe("2026-06-25");
    expect(() => calendarDay("not a date")).toThrow(RangeError);
  });

  it("gives the London wall-clock time, 24-hour, in summer and winter", () => {
    expect(clockTime("2022-06-24T23:30:05Z")).toBe("00:30:05");
    expect(clockTime("2022-12-24T13:05:00Z")).toBe("13:05:00");
  });

  it("names today and yesterday", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    expect(formatRelativeDay("2026-11-21T08:00:00Z", now)).toBe("Today");
    expect(formatRelativeDay("2026-11-20T23:59:00Z", now)).toBe("Yesterday");
    expect(formatRelativeDay("2026-11-19T12:00:00Z", now)).toBe("19 November 2026");
  });

  it("writes day headings as a person does: the year only when it is not this year", () => {
    const now = new Date("2026-11-30T09:00:00Z");
    expect(formatDayHeading("2026-11-30T00:30:00Z", now)).toBe("Today");
    expect(formatDayHeading("2026-11-29T23:30:00Z", now)).toBe("Yesterday");
    expect(formatDayHeading("2026-11-27T12:00:00Z", now)).toBe("Fri 27 Nov");
    expect(formatDayHeading("2025-11-28T12:00:00Z", now)).toBe("Fri 28 Nov 2025");
    // New Year's Eve is last year from 1 January, and BST puts 23:30 UTC on 30 June into 1 July.
    expect(formatDayHeading("2025-12-31T12:00:00Z", new Date("2026-01-01T10:00:00Z"))).toBe("Yesterday");
    expect(formatDayHeading("2025-12-30T12:00:00Z", new Date("2026-01-01T10:00:00Z"))).toBe("Tue 30 Dec 2025");
    expect(formatDayHeading("2026-06-30T23:30:00Z", now)).toBe("Wed 1 Jul");
  });

  it("says how long ago within a day, and the date after that", () => {
    const now = new Date("2026-11-21T12:00:00Z");
    expect(formatTimeAgo("2026-11-21T11:59:30Z", now)).toBe("just now");
    expect(formatTimeAgo("2026-11-21T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatTimeAgo("2026-11-21T09:00:00Z", now)).toBe("3 hours ago");
    expect(formatTimeAgo("2026-11-20T09:00:00Z", now)).toBe("20 November 2026");
  });
});

describe("identifiers and labels", () => {
  it("hyphenates six-digit sort codes and leaves others alone", () => {
    expect(formatSortCode("601613")).toBe("60-16-13");
    expect(formatSortCode("60-16-13")).toBe("60-16-13");
    expect(formatSortCode("12345")).toBe("12345");
  });

  it("masks all but the last four digits", () => {
    expect(formatLast4("4242")).toBe("•••• 4242");
  });

  it("counts with grouping and the right plural", () => {
    expect(formatCount(1, "account")).toBe("1 account");
    expect(formatCount(0, "account")).toBe("0 accounts");
    expect(formatCount(1250, "transaction")).toBe("1,250 transactions");
  });

  it("turns category slugs into words", () => {
    expect(humanizeSlug("food_and_drink")).toBe("Food and drink");
    expect(humanizeSlug("bills-and-services")).toBe("Bills and services");
  });
});

describe("formatGreeting", () => {
  it("greets by the first word of the display name when it is plainly a name", () => {
    expect(formatGreeting("Alex Smith")).toBe("Good to see you, Alex.");
    expect(formatGreeting("  Zoë ")).toBe("Good to see you, Zoë.");
    expect(formatGreeting("Mary-Jane O’Neill")).toBe("Good to see you, Mary-Jane.");
    expect(formatGreeting("Søren")).toBe("Good to see you, Søren.");
  });

  it("echoes nothing that is not plainly a name", () => {
    for (const name of ["<img src=x onerror=alert(1)>", "<img", "", "   ", "12345", "alex@example.com", "x".repeat(41), "Alex!"]) {
      expect(formatGreeting(name), name).toBe("Good to see you.");
    }
  });
});

describe("chart labels", () => {
  it("shortens axis amounts and keeps the true minus sign", () => {
    expect(formatMoneyCompact({ minor: 1_234_500, currency: "GBP" })).toBe("£12.3k");
    expect(formatMoneyCompact({ minor: -35_000, currency: "GBP" })).toBe("\u2212£350");
  });

  it("names months and shares", () => {
    expect(formatMonth("2026-06-01")).toBe("June 2026");
    expect(formatShortMonth("2026-06-01")).toBe("Jun");
    expect(formatPercent(0.426)).toBe("43%");
  });
});
