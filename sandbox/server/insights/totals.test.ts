/**
 * Category totals, trends and essential statistics over the hand-made fixture (fixture-world.ts): every expected
 * figure below is the fixture's rows added up by hand, per currency, never across currencies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EUR_ACCOUNT, startFixtureSandbox } from "./fixture-world";
import { eur, gbp } from "./testing";

let fixture: Awaited<ReturnType<typeof startFixtureSandbox>>;
beforeAll(async () => {
  fixture = await startFixtureSandbox();
});
afterAll(() => fixture.sandbox.close());
const get = (path: string) => fixture.get(path);
const JUNE = "from=2025-06-01T00:00:00Z&to=2025-06-30T23:59:59Z";

describe("GET /aggregations/v2/totals/categories", () => {
  it("totals every L1 per currency, with counts, and the overall totals in the metadata", async () => {
    const { status, body } = await get(`/aggregations/v2/totals/categories?${JUNE}`);
    expect(status).toBe(200);
    expect(body.data).toEqual([
      { name: "eating_out", credit_total: [], debit_total: [gbp("34.50")] },
      // r03 refund 2.00; r04 EUR 20.00 stays apart from r01 + r02 (10.00 + 5.50 GBP).
      { name: "food_and_drink", credit_total: [gbp("2.00")], debit_total: [eur("20.00"), gbp("15.50", 2)] },
      { name: "income", credit_total: [gbp("1000.00")], debit_total: [] },
      { name: "media_and_telecoms", credit_total: [], debit_total: [gbp("9.99")] },
      // r07 is pending: the list shows it, so the totals count it.
      { name: "mortgage_and_rent", credit_total: [], debit_total: [gbp("100.00")] },
    ]);
    expect(body.metadata).toEqual({
      from: "2025-06-01T00:00:00Z",
      to: "2025-06-30T23:59:59Z",
      credit_total: [gbp("1002.00", 2)],
      debit_total: [eur("20.00"), gbp("159.99", 5)], // 34.50 + 15.50 + 9.99 + 100.00
    });
  });

  it("adds L2 totals with include_l2", async () => {
    const { body } = await get(`/aggregations/v2/totals/categories?${JUNE}&include_l2=true&category=food_and_drink`);
    expect(body.data).toEqual([
      {
        name: "food_and_drink",
        credit_total: [gbp("2.00")],
        debit_total: [eur("20.00"), gbp("15.50", 2)],
        l2_totals: [
          { name: "coffee", credit_total: [], debit_total: [gbp("5.50")] },
          { name: "groceries", credit_total: [gbp("2.00")], debit_total: [eur("20.00"), gbp("10.00")] },
        ],
      },
    ]);
  });

  it("applies every filter: category (L1, l1.l2, repeated or comma), exclusions, currency, account, label", async () => {
    const names = async (query: string) => (await get(`/aggregations/v2/totals/categories?${JUNE}&${query}`)).body.data.map((c: { name: string }) => c.name);
    expect(await names("category=income,eating_out")).toEqual(["eating_out", "income"]);
    expect(await names("category=income&category=eating_out")).toEqual(["eating_out", "income"]);
    expect(await names("exclude_category=food_and_drink,income,eating_out")).toEqual(["media_and_telecoms", "mortgage_and_rent"]);
    expect(await names("category_label=nonessential")).toEqual(["eating_out"]);
    expect(await names("category_label=essential")).toEqual(["food_and_drink", "media_and_telecoms", "mortgage_and_rent"]);

    const groceries = await get(`/aggregations/v2/totals/categories?${JUNE}&category=food_and_drink.groceries`);
    expect(groceries.body.metadata.debit_total).toEqual([eur("20.00"), gbp("10.00")]);
    const notGroceries = await get(`/aggregations/v2/totals/categories?${JUNE}&category=food_and_drink&exclude_category=food_and_drink.groceries`);
    expect(notGroceries.body.metadata).toMatchObject({ credit_total: [], debit_total: [gbp("5.50")] });

    const euros = await get(`/aggregations/v2/totals/categories?${JUNE}&currency=EUR`);
    expect(euros.body.data).toEqual([{ name: "food_and_drink", credit_total: [], debit_total: [eur("20.00")] }]);
    const account = await get(`/aggregations/v2/totals/categories?${JUNE}&account_id=${EUR_ACCOUNT}`);
    expect(account.body.data).toEqual(euros.body.data);
  });

  it("defaults to the six months up to the end of today on the stand-in clock", async () => {
    const { body } = await get("/aggregations/v2/totals/categories");
    expect([body.metadata.from, body.metadata.to]).toEqual(["2024-12-30T00:00:00Z", "2025-06-30T23:59:59Z"]);
    // Everything in the fixture: June's totals plus May's and April's (r06, r10–r13).
    expect(body.metadata.debit_total).toEqual([eur("20.00"), gbp("399.98", 9)]);
    expect(body.metadata.credit_total).toEqual([gbp("2002.00", 3)]);
  });

  it("answers 400 failed_validation naming the parameter for bad values, and a reversed range", async () => {
    const cases: [string, string][] = [
      ["category=food", "category"],
      ["category=food_and_drink.rent", "category"],
      ["exclude_category=nope", "exclude_category"],
      ["currency=pounds", "currency"],
      ["account_id=not-mine", "account_id"],
      ["include_l2=yes", "include_l2"],
      ["category_label=luxury", "category_label"],
      ["from=yesterday", "from"],
      ["from=2025-06-30&to=2025-06-01", "from"],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await get(`/aggregations/v2/totals/categories?${query}`);
      expect({ query, status, code: body.code_id, fields: Object.keys(body.errors) }).toEqual({ query, status: 400, code: "failed_validation", fields: [field] });
    }
  });
});

describe("GET /aggregations/v2/totals/categories/trends", () => {
  const trend = async (query: string) => (await get(`/aggregations/v2/totals/categories/trends?${query}`)).body.data;
  const spans = (buckets: { from: string; to: string }[]) => buckets.map((b) => `${b.from.slice(0, 10)}..${b.to.slice(0, 10)}`);

  it("gives one bucket per calendar month by default, each holding that month's category totals", async () => {
    const data = await trend("from=2025-05-01&to=2025-06-30&category=shopping,mortgage_and_rent");
    expect(data).toEqual([
      {
        from: "2025-05-01T00:00:00Z",
        to: "2025-05-31T23:59:59Z",
        data: [
          { name: "mortgage_and_rent", credit_total: [], debit_total: [gbp("100.00")] },
          { name: "shopping", credit_total: [], debit_total: [gbp("30.00")] },
        ],
      },
      { from: "2025-06-01T00:00:00Z", to: "2025-06-30T23:59:59Z", data: [{ name: "mortgage_and_rent", credit_total: [], debit_total: [gbp("100.00")] }] },
    ]);
  });

  it("cuts every granularity on the calendar, clipping the first and last buckets to the range", async () => {
    // 1 June 2025 is a Sunday: the first week is that day alone.
    const weekly = await trend("from=2025-06-01&to=2025-06-14&granularity=weekly&category=food_and_drink");
    expect(spans(weekly)).toEqual(["2025-06-01..2025-06-01", "2025-06-02..2025-06-08", "2025-06-09..2025-06-14"]);
    expect(weekly.map((b: { data: unknown[] }) => b.data.length)).toEqual([0, 1, 1]);
    expect(weekly[1].data[0].debit_total).toEqual([gbp("15.50", 2)]); // r01 + r02
    expect(weekly[2].data[0].credit_total).toEqual([gbp("2.00")]); // r03

    expect(spans(await trend("from=2025-06-02&to=2025-06-03&granularity=daily"))).toEqual(["2025-06-02..2025-06-02", "2025-06-03..2025-06-03"]);
    const fortnights = spans(await trend("from=2025-06-01&to=2025-06-30&granularity=biweekly"));
    expect(fortnights.slice(1, -1).every((span) => Date.parse(span.slice(12)) - Date.parse(span.slice(0, 10)) === 13 * 86_400_000)).toBe(true);
    expect(spans(await trend("from=2025-01-01&to=2025-12-31&granularity=quarterly"))).toEqual([
      "2025-01-01..2025-03-31",
      "2025-04-01..2025-06-30",
      "2025-07-01..2025-09-30",
      "2025-10-01..2025-12-31",
    ]);
    expect(spans(await trend("from=2025-02-10&to=2025-12-31&granularity=six_monthly"))).toEqual(["2025-02-10..2025-06-30", "2025-07-01..2025-12-31"]);
    const years = await trend("from=2024-07-01&to=2025-06-30&granularity=annually&currency=GBP");
    expect(spans(years)).toEqual(["2024-07-01..2024-12-31", "2025-01-01..2025-06-30"]);
    expect(years[1].data.map((c: { name: string }) => c.name)).toEqual(["eating_out", "food_and_drink", "income", "media_and_telecoms", "mortgage_and_rent", "shopping"]);
  });

  it("refuses an unknown granularity and more buckets than a chart can hold", async () => {
    for (const query of ["granularity=hourly", "from=2000-01-01&to=2025-06-30&granularity=daily"]) {
      const { status, body } = await get(`/aggregations/v2/totals/categories/trends?${query}`);
      expect({ status, fields: Object.keys(body.errors) }).toEqual({ status: 400, fields: ["granularity"] });
    }
  });
});

describe("GET /aggregations/v2/totals/essential-statistics", () => {
  it("splits debits by label per currency, with each side's share of the two", async () => {
    const { status, body } = await get(`/aggregations/v2/totals/essential-statistics?${JUNE}`);
    expect(status).toBe(200);
    // GBP essential: 15.50 groceries/coffee + 9.99 streaming + 100.00 rent; non-essential: 34.50 takeaway.
    expect(body.data.essential_spend).toEqual([eur("20.00"), gbp("125.49", 4)]);
    expect(body.data.nonessential_spend).toEqual([eur("0.00", 0), gbp("34.50")]);
    expect(body.data.essential_percentage_overall_spend).toEqual([
      { currency: "EUR", percentage: 100 },
      { currency: "GBP", percentage: (12_549 * 100) / 15_999 },
    ]);
    expect(body.data.nonessential_percentage_overall_spend[1]).toEqual({ currency: "GBP", percentage: (3_450 * 100) / 15_999 });
    expect(body.metadata).toEqual({ from: "2025-06-01T00:00:00Z", to: "2025-06-30T23:59:59Z" });
  });
});
