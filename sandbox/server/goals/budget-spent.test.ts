import { describe, expect, it } from "vitest";
import { dayOf } from "../../data/calendar";
import type { CustomerData, TransactionQuery, WireTransaction } from "../../data/world";
import type { StoredBudget } from "../store/state";
import { budgetPeriod, budgetTransactions, matchesBudget, spentOf } from "./budget-spent";

const budget = (overrides: Partial<StoredBudget> = {}): StoredBudget => ({
  id: "b1",
  customer_id: "c1",
  name: "Food",
  amount: { value: "300.00", currency: "GBP" },
  recurrency: { period: "monthly", starting_day: 1 },
  include: { categories: [{ l1: "food_and_drink", l2: ["groceries"] }], merchants: { slugs: ["uber"] } },
  created_at: "2026-10-20T10:00:00Z",
  ...overrides,
});

let sequence = 0;
function transaction(value: string, l1: string, l2: string, extra: Partial<WireTransaction> = {}): WireTransaction {
  sequence++;
  return {
    transaction_id: `t${sequence}`,
    account_id: "acc-1",
    description: "x",
    suggested_description: "x",
    amount: { value, currency: "GBP" },
    credit_debit_indicator: "debit",
    status: "booked",
    date_time: "2026-11-10T12:00:00Z",
    enrichments: { categories: { l1: { slug: l1, confidence: "1" }, l2: { slug: l2, confidence: "1" } } },
    ...extra,
  } as WireTransaction;
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

describe("the period a budget covers", () => {
  it("runs monthly from the starting day to the day before it next month", () => {
    const period = budgetPeriod(budget({ recurrency: { period: "monthly", starting_day: 25 } }), dayOf("2026-11-10"));
    expect([iso(period.from), iso(period.to)]).toEqual(["2026-10-25T00:00:00.000Z", "2026-11-24T23:59:59.000Z"]);
  });

  it("handles February and the turn of the year", () => {
    const february = budgetPeriod(budget({ recurrency: { period: "monthly", starting_day: 28 } }), dayOf("2026-03-01"));
    expect([iso(february.from), iso(february.to)]).toEqual(["2026-02-28T00:00:00.000Z", "2026-03-27T23:59:59.000Z"]);
    const january = budgetPeriod(budget({ recurrency: { period: "monthly", starting_day: 15 } }), dayOf("2027-01-03"));
    expect(iso(january.from)).toBe("2026-12-15T00:00:00.000Z");
  });

  it("counts a one-off budget from the day it was created", () => {
    const period = budgetPeriod(budget({ recurrency: { period: "one-off" } }), dayOf("2026-11-30"));
    expect([iso(period.from), iso(period.to)]).toEqual(["2026-10-20T00:00:00.000Z", "2026-11-30T23:59:59.000Z"]);
  });
});

describe("which transactions count", () => {
  const include = budget().include;

  it("matches a listed L2 under its L1, or a listed merchant", () => {
    expect(matchesBudget(include, transaction("1.00", "food_and_drink", "groceries"))).toBe(true);
    expect(matchesBudget(include, transaction("1.00", "food_and_drink", "coffee"))).toBe(false);
    const uber = transaction("1.00", "transport", "taxi", {});
    uber.enrichments = { ...uber.enrichments, merchant: { id: "m", slug: "uber", display_name: "Uber" } };
    expect(matchesBudget(include, uber)).toBe(true);
  });

  it("takes every L2 of an L1 listed without L2s, and everything when nothing is listed", () => {
    expect(matchesBudget({ categories: [{ l1: "food_and_drink" }] }, transaction("1.00", "food_and_drink", "coffee"))).toBe(true);
    expect(matchesBudget(undefined, transaction("1.00", "transport", "taxi"))).toBe(true);
  });
});

describe("spent", () => {
  // Hand-computed: 20.25 + 3.29 + 160.59 = 184.13 of 300.00 → ratio 0.6137… → "0.61".
  const fixture = [transaction("20.25", "food_and_drink", "groceries"), transaction("3.29", "food_and_drink", "groceries"), transaction("160.59", "food_and_drink", "groceries")];
  const period = budgetPeriod(budget(), dayOf("2026-11-10"));

  it("adds the matching debits exactly and rounds the ratio to two places", () => {
    expect(spentOf(budget(), period, fixture)).toEqual({
      from: "2026-11-01T00:00:00Z",
      to: "2026-11-30T23:59:59Z",
      amount: { value: "184.13", currency: "GBP" },
      ratio: "0.61",
    });
  });

  it("goes above 1 when overspent and is 0.00 with nothing spent", () => {
    expect(spentOf(budget({ amount: { value: "100.00", currency: "GBP" } }), period, fixture).ratio).toBe("1.84");
    expect(spentOf(budget(), period, []).ratio).toBe("0.00");
  });

  it("reads every page of debits in the period, in the budget's currency and accounts only", () => {
    const rows = [
      transaction("10.00", "food_and_drink", "groceries"),
      transaction("5.00", "food_and_drink", "groceries", { amount: { value: "5.00", currency: "EUR" } }),
      transaction("7.00", "food_and_drink", "groceries", { account_id: "acc-2" }),
      transaction("2.00", "entertainment", "cinema_and_theatre"),
      transaction("1.00", "food_and_drink", "groceries"),
    ];
    const queries: TransactionQuery[] = [];
    const data = {
      // Two rows a page whatever is asked, so the walk has to follow page tokens.
      transactions(query: TransactionQuery, _size: number, token?: string) {
        const size = 2;
        queries.push(query);
        const offset = Number(token ?? 0);
        const next = offset + size < rows.length ? String(offset + size) : undefined;
        return { items: rows.slice(offset, offset + size), ...(next && { nextPageToken: next }) };
      },
    } as unknown as CustomerData;
    const counted = budgetTransactions(data, budget(), period, ["acc-1"]);
    expect(counted.map((row) => row.amount.value)).toEqual(["10.00", "1.00"]);
    expect(queries).toHaveLength(3);
    expect(queries[0]).toEqual({ dateFrom: "2026-11-01T00:00:00Z", dateTo: "2026-11-30T23:59:59Z", creditDebitIndicator: "debit" });
  });
});
