/** GET /v2/merchants/totals over the hand-made fixture (fixture-world.ts); expected figures added up by hand. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFixtureSandbox } from "./fixture-world";
import { eur, gbp } from "./testing";

let fixture: Awaited<ReturnType<typeof startFixtureSandbox>>;
beforeAll(async () => {
  fixture = await startFixtureSandbox();
});
afterAll(() => fixture.sandbox.close());

const JUNE = { "X-From": "2025-06-01", "X-To": "2025-06-30" };
const merchants = async (headers: Record<string, string>) =>
  (await fixture.get("/v2/merchants/totals", headers)).body.data.map((entry: { merchant: { id: string } }) => entry.merchant.id);

describe("GET /v2/merchants/totals", () => {
  it("totals each merchant per currency over X-From/X-To, biggest spend first", async () => {
    const { status, body } = await fixture.get("/v2/merchants/totals", JUNE);
    expect(status).toBe(200);
    expect(body.data.map((entry: { merchant: { id: string } }) => entry.merchant.id)).toEqual(["nandos", "lidl", "tesco", "netflix", "pret"]);
    expect(body.data[2]).toEqual({
      merchant: { id: "tesco", name: "Tesco", logo: "http://logos/tesco.svg" },
      total_debit: { value: "10.00", currency: "GBP" },
      total_credit: { value: "2.00", currency: "GBP" },
      transaction_count: 2,
      credit_transaction_count: 1,
      debit_transaction_count: 1,
    });
    expect(body.data[1].total_debit).toEqual({ value: "20.00", currency: "EUR" });
    expect(body.metadata).toEqual({
      from: "2025-06-01",
      to: "2025-06-30",
      results: 5,
      credit_total: [gbp("2.00")],
      debit_total: [eur("20.00"), gbp("59.99", 4)], // 34.50 + 10.00 + 9.99 + 5.50; salary and rent name no merchant
    });
  });

  it("defaults to the last 30 days up to today", async () => {
    const { body } = await fixture.get("/v2/merchants/totals");
    expect([body.metadata.from, body.metadata.to, body.metadata.results]).toEqual(["2025-05-31", "2025-06-30", 5]);
  });

  it("includes and excludes categories (L1, l1.l2 or a bare L2) and echoes them", async () => {
    expect(await merchants({ ...JUNE, "X-Include-Categories": "groceries" })).toEqual(["lidl", "tesco"]);
    expect(await merchants({ ...JUNE, "X-Include-Categories": "food_and_drink.coffee, eating_out" })).toEqual(["nandos", "pret"]);
    expect(await merchants({ ...JUNE, "X-Exclude-Categories": "eating_out,food_and_drink" })).toEqual(["netflix"]);
    const { body } = await fixture.get("/v2/merchants/totals", { ...JUNE, "X-Include-Categories": "food_and_drink", "X-Exclude-Categories": "groceries" });
    expect(body.metadata).toMatchObject({ categories_included: ["food_and_drink"], categories_excluded: ["groceries"], results: 1 });
  });

  it("answers 204 with no body when nothing matches", async () => {
    const response = await fixture.get("/v2/merchants/totals", { "X-From": "2025-01-01", "X-To": "2025-01-31" });
    expect([response.status, response.body]).toEqual([204, undefined]);
    expect((await fixture.get("/v2/merchants/totals", { ...JUNE, "X-Include-Categories": "travel" })).status).toBe(204);
  });

  it("answers 400 naming the header for bad dates, a reversed range or unknown categories", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ "X-From": "June" }, "X-From"],
      [{ "X-To": "2025-13-01" }, "X-To"],
      [{ "X-From": "2025-06-30", "X-To": "2025-06-01" }, "X-From"],
      [{ "X-Include-Categories": "nope" }, "X-Include-Categories"],
      [{ "X-Exclude-Categories": "shopping.rent" }, "X-Exclude-Categories"],
    ];
    for (const [headers, field] of cases) {
      const { status, body } = await fixture.get("/v2/merchants/totals", headers);
      expect({ headers, status, fields: Object.keys(body.errors) }).toEqual({ headers, status: 400, fields: [field] });
    }
  });
});
