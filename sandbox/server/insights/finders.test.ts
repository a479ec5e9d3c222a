/**
 * The smart finders over the hand-made fixture (fixture-world.ts): a monthly rent (3 payments, the last pending),
 * Netflix (2) and a salary (2), with today 2025-06-30. Predicted amounts are worked out by hand in the comments.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayOf, isoDate } from "../../data/calendar";
import type { WireTransaction } from "../../data/world";
import { futureTransactions } from "./finders";
import { FIXTURE_TRANSACTIONS, fixtureData, startFixtureSandbox } from "./fixture-world";
import { findSeries, nextDay } from "./recurring";

let fixture: Awaited<ReturnType<typeof startFixtureSandbox>>;
beforeAll(async () => {
  fixture = await startFixtureSandbox();
});
afterAll(() => fixture.sandbox.close());

interface Future {
  transaction_id: string;
  future_transactions: { date: string; amount: { value: string } }[];
}

/** Last transaction id → "date value" of each predicted payment. */
async function predictions(query = ""): Promise<Record<string, string[]>> {
  const { body } = await fixture.get(`/v2/future-transactions${query}`);
  return Object.fromEntries(
    (body.data as Future[]).map((entry) => [entry.transaction_id, entry.future_transactions.map((f) => `${f.date} ${f.amount.value}`)]),
  );
}

describe("GET /v1/regular-transactions", () => {
  it("groups the regular rows into series with their period, score and every payment, oldest first", async () => {
    const { status, body } = await fixture.get("/v1/regular-transactions");
    expect(status).toBe(200);
    const byIds = Object.fromEntries(body.data.map((s: { transactions: { transaction_id: string }[] }) => [s.transactions.map((t) => t.transaction_id).join(","), s]));
    expect(Object.keys(byIds).sort()).toEqual(["r10,r09", "r12,r11,r07", "r13,r05"]);
    expect(byIds["r12,r11,r07"]).toMatchObject({ period: "monthly", score: "1.0000", label: expect.stringMatching(/^[0-9a-f]{40}-0$/) });
    expect(byIds["r10,r09"].transactions[1]).toEqual({
      transaction_id: "r09",
      account_id: "acc-gbp",
      transaction_description: "NETFLIX",
      provider: "Natwest_Sandbox",
      date: "2025-06-15T06:00:00Z",
      amount: { amount: "9.99", currency: "GBP" },
      credit_debit_indicator: "Debit",
      merchant: { id: "netflix", name: "Netflix", logo: "http://logos/netflix.svg" },
    });
    expect(byIds["r13,r05"].transactions[0]).toMatchObject({ credit_debit_indicator: "Credit", merchant: null });
    expect(body.metadata).toEqual({ results: 3 });
  });

  it("reads the period from the gaps when Bud gave no regularity, and needs two payments", () => {
    const weekly: WireTransaction[] = ["2025-06-02", "2025-06-09", "2025-06-16", "2025-06-24"].map((day, i) => ({
      transaction_id: `w${i}`,
      account_id: "acc-gbp",
      provider: "Natwest_Sandbox",
      description: "LOCAL GYM",
      suggested_description: "Local Gym",
      amount: { value: "12.00", currency: "GBP" },
      credit_debit_indicator: "debit",
      status: "booked",
      date_time: `${day}T09:00:00Z`,
      tags: ["regular-transaction"],
    }));
    const lone = { ...weekly[0]!, transaction_id: "lone", description: "ONE-OFF", suggested_description: "One-off" };
    const series = findSeries(fixtureData([...weekly, lone].reverse()));
    expect(series.map((s) => [s.period, s.transactions.length])).toEqual([["weekly", 4]]);
  });
});

describe("GET /v2/future-transactions", () => {
  it("predicts each running series' next payments for `months`, growing 2% a payment by default", async () => {
    expect(await predictions()).toEqual({
      r07: ["2025-07-25 102.00", "2025-08-25 104.04", "2025-09-25 106.12"], // 100 × 1.02, 1.02², 1.02³
      r09: ["2025-07-15 10.19", "2025-08-15 10.39", "2025-09-15 10.60"], // 9.99 × the same
      // Salary was always paid on a working day, so a due day on a weekend moves earlier: 20 July and 20 September 2025 are weekends.
      r05: ["2025-07-18 1020.00", "2025-08-20 1040.40", "2025-09-19 1061.21"],
    });
    const { body } = await fixture.get("/v2/future-transactions?months=1");
    expect(body.metadata).toEqual({ results: 3, months: 1 });
    expect(body.data.find((entry: Future) => entry.transaction_id === "r07")).toMatchObject({
      account_id: "acc-gbp",
      date_time: "2025-06-25T07:00:00Z",
      amount: { value: "100.00", currency: "GBP" },
      credit_debit_indicator: "debit",
      period: "monthly",
      confidence: "1.0000",
      categories: { l1: { slug: "mortgage_and_rent", confidence: "0.99" }, l2: { slug: "rent", confidence: "0.99" } },
      future_transactions: [{ date: "2025-07-25", amount: { value: "102.00", currency: "GBP" } }],
    });
  });

  it("applies change_percentage per L2, then [all], then the default", async () => {
    expect(await predictions("?change_percentage[all]=0&change_percentage[rent]=-10")).toEqual({
      r07: ["2025-07-25 90.00", "2025-08-25 81.00", "2025-09-25 72.90"],
      r09: ["2025-07-15 9.99", "2025-08-15 9.99", "2025-09-15 9.99"],
      r05: ["2025-07-18 1000.00", "2025-08-20 1000.00", "2025-09-19 1000.00"],
    });
    const { body } = await fixture.get("/v2/future-transactions?change_percentage[salary]=1.5");
    expect(body.metadata.change_percentages).toEqual([{ l2: "salary", value: 1.5 }]);
  });

  it("keeps to the due day of the month even when the last payment was moved into the month before", () => {
    // Due on the 1st and paid early: Sunday 1 June 2025 was paid on Friday 30 May. 1 July, 1 August (a Friday) and
    // 1 September (a Monday) 2025 are working days.
    const paid = ["2025-04-01", "2025-05-01", "2025-05-30"].map((day, i): WireTransaction => ({
      ...FIXTURE_TRANSACTIONS.find((t) => t.transaction_id === "r05")!,
      transaction_id: `p${i}`,
      date_time: `${day}T08:00:00Z`,
      enrichments: { regularity: { frequency: "monthly", group_label: "pay" } },
    }));
    const [series] = findSeries(fixtureData(paid.reverse()));
    expect(series!.due).toEqual({ dayOfMonth: 1, shift: "before" });
    expect([1, 2, 3].map((n) => isoDate(nextDay(series!, dayOf("2025-05-30"), n)!))).toEqual(["2025-07-01", "2025-08-01", "2025-09-01"]);
  });

  it("drops series whose last payment is more than two periods old", () => {
    const series = findSeries(fixtureData());
    const byIds = (today: string) => futureTransactions(series, dayOf(today), 3, { byL2: new Map() }).map((entry) => entry.transaction_id);
    expect(byIds("2025-08-15")).toEqual(expect.arrayContaining(["r05", "r07", "r09"]));
    expect(byIds("2025-08-16")).toEqual(expect.arrayContaining(["r05", "r07"])); // Netflix: 15 June + 2 months has passed
    expect(byIds("2025-08-16")).not.toContain("r09");
    expect(byIds("2026-01-01")).toEqual([]);
  });

  it("answers 400 for a bad months or change_percentage", async () => {
    for (const [query, field] of [
      ["months=0", "months"],
      ["months=three", "months"],
      ["change_percentage[nope]=1", "change_percentage[nope]"],
      ["change_percentage[rent]=lots", "change_percentage[rent]"],
      ["change_percentage=1", "change_percentage"],
    ]) {
      const { status, body } = await fixture.get(`/v2/future-transactions?${query}`);
      expect({ query, status, fields: Object.keys(body.errors) }).toEqual({ query, status: 400, fields: [field] });
    }
  });
});

describe("GET /v2/income", () => {
  it("lists the income in X-From/X-To, newest first, with salary typed and monthly averages", async () => {
    const { status, body } = await fixture.get("/v2/income", { "X-From": "2025-05-01", "X-To": "2025-06-30" });
    expect(status).toBe(200);
    expect(body.data.transactions.map((t: { transaction_id: string }) => t.transaction_id)).toEqual(["r05", "r13"]);
    expect(body.data.transactions[0]).toEqual({
      transaction_id: "r05",
      account_id: "acc-gbp",
      transaction_description: "INCOME.SALARY",
      provider: "Natwest_Sandbox",
      date: "2025-06-20T08:00:00Z",
      amount: { value: "1000.00", currency: "GBP" },
      credit_debit_indicator: "Credit",
      enrichment: {
        categories: { l1: [{ name: "income", confidence: "0.99", label: "Income" }], l2: [{ name: "salary", confidence: "0.99", label: "Salary" }], l3: [] },
        income: { type: "salary_or_wages", confidence: "0.99" },
      },
    });
    // 2000.00 over two months (61 days).
    expect(body.data.statistics.average.monthly).toEqual({ income: { value: "1000.00", currency: "GBP" }, regular_income: { value: "1000.00", currency: "GBP" } });
    expect(body.metadata).toEqual({ from: "2025-05-01", to: "2025-06-30", results: 2 });
  });

  it("defaults to the last nine months, and answers 204 when there is no income", async () => {
    const { body } = await fixture.get("/v2/income");
    expect([body.metadata.from, body.metadata.to]).toEqual(["2024-09-30", "2025-06-30"]);
    expect(body.data.statistics.average.monthly.income).toEqual({ value: "222.22", currency: "GBP" }); // 2000.00 / 9
    expect((await fixture.get("/v2/income", { "X-From": "2025-01-01", "X-To": "2025-01-31" })).status).toBe(204);
    expect((await fixture.get("/v2/income", { "X-To": "last week" })).status).toBe(400);
  });
});

describe("GET /v1/subscriptions", () => {
  it("groups the period's subscription payments per merchant, oldest first", async () => {
    const recent = await fixture.get("/v1/subscriptions");
    expect(recent.body).toMatchObject({
      data: [
        {
          subscription_type: "media_streaming",
          period: "monthly",
          categories: { l1: "media_and_telecoms", l2: "tv_streaming_services" },
          merchant: { id: "netflix", name: "Netflix", logo: "http://logos/netflix.svg" },
          transactions: [{ transaction_id: "r09", amount: { value: "9.99", currency: "GBP" }, credit_debit_indicator: "Debit" }],
        },
      ],
      metadata: { from: "2025-05-31", to: "2025-06-30", results: 1 },
    });
    const since = await fixture.get("/v1/subscriptions", { "X-From": "2025-05-01" });
    expect(since.body.data[0].transactions.map((t: { transaction_id: string }) => t.transaction_id)).toEqual(["r10", "r09"]);
    expect((await fixture.get("/v1/subscriptions", { "X-From": "2025-01-01", "X-To": "2025-01-31" })).status).toBe(204);
  });
});
