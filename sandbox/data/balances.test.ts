import { describe, expect, it } from "vitest";
import { bucketDays, MAX_BALANCE_POINTS } from "./balances";
import { dayOf, isoDate } from "./calendar";
import { DEMO_CUSTOMERS } from "./demo-customers";
import { createWorld } from "./index";
import { ASSET_BASE_URL, signed, TODAY, walk } from "./testing";
import { InvalidQuery, type WireBalancePoint } from "./world";

const world = createWorld({ seed: "balances", today: TODAY, assetBaseUrl: ASSET_BASE_URL });
const value = (point: WireBalancePoint["booked"]) => signed(point.amount, point.credit_debit_indicator);
const days = (from: string, to: string, granularity: Parameters<typeof bucketDays>[2]) => bucketDays(dayOf(from), dayOf(to), granularity).map(isoDate);

describe("balances agree with transactions", () => {
  // The heavy customer has its own test file; these three cover every account type.
  for (const customer of DEMO_CUSTOMERS.slice(0, 3)) {
    it(`for ${customer.label}`, () => {
      const data = world.customerData(customer.customerId)!;
      for (const account of data.accounts()) {
        const rows = walk(data, { accountId: account.account_id });
        const booked = signed(account.balances!.booked!.amount, account.balances!.booked!.credit_debit_indicator);
        const pending = signed(account.balances!.pending!.amount, account.balances!.pending!.credit_debit_indicator);
        const pendingSum = rows.filter((t) => t.status === "pending").reduce((s, t) => s + signed(t.amount, t.credit_debit_indicator), 0);
        expect(pending - booked).toBe(pendingSum);

        const points = data.balances(account.account_id, undefined, undefined, "daily");
        expect(points).toHaveLength(dayOf(TODAY) - dayOf("2023-11-22") + 1);
        const last = points[points.length - 1]!;
        expect([value(last.booked), value(last.pending)]).toEqual([booked, pending]);
        // Walk back: today's booked balance minus everything booked after day D is the balance at the end of D.
        let after = 0;
        let row = 0;
        for (let i = points.length - 1; i >= 0; i--) {
          const point = points[i]!;
          const endOfDay = Date.parse(point.date);
          for (; row < rows.length && Date.parse(rows[row]!.date_time) > endOfDay; row++) {
            if (rows[row]!.status === "booked") after += signed(rows[row]!.amount, rows[row]!.credit_debit_indicator);
          }
          expect(value(point.booked), point.date).toBe(booked - after);
          if (i < points.length - 1) expect(point.pending).toEqual(point.booked);
        }
        if (account.account_type === "savings") expect(points.every((p) => p.booked.credit_debit_indicator === "credit")).toBe(true);
        if (account.account_type === "credit_card") expect(points.every((p) => value(p.booked) <= 0)).toBe(true);
        if (account.account_type === "current_account") {
          const overdrawn = points.filter((p) => value(p.booked) < 0).length;
          expect(overdrawn).toBeLessThan(points.length / 20);
        }
      }
    });
  }
});

describe("balances over time", () => {
  const data = world.customerData(DEMO_CUSTOMERS[0]!.customerId)!;
  const accountId = data.accounts()[0]!.account_id;
  const daily = data.balances(accountId, undefined, undefined, "daily");
  const at = (date: string) => daily.find((p) => p.date === `${date}T23:59:59Z`);

  it("takes each bucket's end-of-day balance, and `to` for the unfinished last bucket", () => {
    const monthly = data.balances(accountId, "2025-01-10", "2025-04-15T12:00:00Z", "monthly");
    expect(monthly.map((p) => p.date)).toEqual(["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-15"].map((d) => `${d}T23:59:59Z`));
    expect(monthly[1]).toEqual(at("2025-02-28"));
  });

  it("clamps to the transaction window and orders ascending", () => {
    const all = data.balances(accountId, "2001-01-01", "2099-01-01", "annually");
    expect(all.map((p) => p.date.slice(0, 10))).toEqual(["2023-12-31", "2024-12-31", TODAY]);
    expect(data.balances(accountId, "2030-01-01", undefined, "daily")).toEqual([]);
    expect(data.balances("no-such-account", undefined, undefined, "daily")).toEqual([]);
    expect(() => data.balances(accountId, "yesterday", undefined, "daily")).toThrow(InvalidQuery);
  });

  it("buckets by calendar week, fortnight, month, quarter, half-year and year", () => {
    expect(days("2025-01-01", "2025-01-20", "weekly")).toEqual(["2025-01-05", "2025-01-12", "2025-01-19", "2025-01-20"]);
    expect(days("2025-01-01", "2025-02-01", "biweekly")).toEqual(["2025-01-05", "2025-01-19", "2025-02-01"]);
    expect(days("2024-11-15", "2025-08-01", "quarterly")).toEqual(["2024-12-31", "2025-03-31", "2025-06-30", "2025-08-01"]);
    expect(days("2024-03-01", "2025-08-01", "six_monthly")).toEqual(["2024-06-30", "2024-12-31", "2025-06-30", "2025-08-01"]);
    expect(days("2024-03-01", "2025-01-01", "annually")).toEqual(["2024-12-31", "2025-01-01"]);
    expect(days("2025-01-30", "2025-01-30", "daily")).toEqual(["2025-01-30"]);
    expect(days("2025-02-01", "2025-01-30", "daily")).toEqual([]);
  });

  it(`never returns more than ${MAX_BALANCE_POINTS} points`, () => {
    const long = bucketDays(dayOf("2000-01-01"), dayOf("2030-01-01"), "daily");
    expect(long).toHaveLength(MAX_BALANCE_POINTS);
    expect(isoDate(long[0]!)).toBe("2000-01-01");
  });
});
