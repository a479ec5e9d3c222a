/**
 * Bud Pay against the seeded world: providers, the three journeys' bud-pay-url and status reads, the payer's
 * decision through the control API, and the stand-in clock moving the status on.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isBusinessDay } from "../data/bank-holidays";
import { DEMO_CUSTOMER } from "../data/demo-customers";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, send, type BudCaller } from "./test-support";

let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

const recipient = { type: "SortCodeAccountNumber", name: "MR TEST RECIPIENT", account_number: "01234501234567" };
// Budgie sends its user id, which is the customer's idempotent identifier, as the payer's user_id.
const sender = { user_id: DEMO_CUSTOMER.idempotentIdentifier, name: "Alex Morgan" };
const single = (value = "2.50", provider = "Natwest_Sandbox", currency = "GBP") => ({
  redirect_url: "https://budgie.test/api/payments/callback?state=s1",
  provider,
  payment_details: { reference: "DINNER", recipient, sender, amount: { value, currency } },
});

const authorise = (paymentId: string, outcome: string) =>
  send(`${sandbox.url}/__sandbox/payments/${paymentId}/authorise`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ outcome }) });
/** A day on the stand-in clock: every step after approval has happened, and any unfinished payment has expired. */
const nextDay = () =>
  send(`${sandbox.url}/__sandbox/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advanceDays: 1 }) });

describe("payment providers", () => {
  it("lists the sandbox banks with their products and currencies, filtered", async () => {
    const all = await bud("/v1/payments/providers");
    expect(all.body.data.map((provider: { provider: string }) => provider.provider)).toEqual(["Natwest_Sandbox", "Barclays_Sandbox", "Monzo_Sandbox"]);
    expect(all.body.data[2].supported_currencies).toEqual(["GBP", "EUR"]);
    expect((await bud("/v1/payments/providers?country=DEU")).body.data).toEqual([]);
    expect((await bud("/v1/payments/providers?type=retail")).body.data).toEqual([]);
    expect((await bud("/v1/payments/providers?product=domestic-standing-order&country=GBR")).body.data).toHaveLength(3);
  });
});

describe("a single payment", () => {
  it("waits for the payer, then settles step by step after approval", async () => {
    const created = await bud("/v1/payments/single/bud-pay-url", { method: "POST", body: single() });
    expect(created.status).toBe(200);
    const { payment_id, bud_pay_url } = created.body.data;
    expect(bud_pay_url).toMatch(new RegExp(`^http://localhost:\\d+/hosted/pay/${payment_id}$`));
    const waiting = await bud(`/v1/payments/single/${payment_id}`);
    expect(waiting.body.data).toMatchObject({ method: "FPS", reference: "DINNER", amount: { value: "2.50", currency: "GBP" }, state: { status_code: "AWAITING_AUTH" }, required_action: null });

    expect((await authorise(payment_id, "approved")).status).toBe(200);
    expect((await authorise(payment_id, "denied")).status).toBe(409);
    await nextDay();
    const settled = await bud(`/v1/payments/single/${payment_id}`);
    expect(settled.body.data.state.history.map((entry: { code: string }) => entry.code)).toEqual([
      "CREATED", "AWAITING_AUTH", "AUTHENTICATED", "FUNDS_CONFIRMED", "INITIATING", "ACCEPTED", "SETTLED",
    ]);
    expect(settled.body.data.supplementary_status.payment_order.status).toBe("AcceptedSettlementCompleted");
  });

  it("aborts when the payer's account cannot cover it, and fails when the payer never finishes", async () => {
    const big = await bud("/v1/payments/single/bud-pay-url", { method: "POST", body: single("9999999.00") });
    await authorise(big.body.data.payment_id, "approved");
    await nextDay();
    expect((await bud(`/v1/payments/single/${big.body.data.payment_id}`)).body.data.state.status_code).toBe("INSUFFICIENT_FUNDS");

    const abandoned = await bud("/v1/payments/single/bud-pay-url", { method: "POST", body: single() });
    await nextDay();
    const failed = await bud(`/v1/payments/single/${abandoned.body.data.payment_id}`);
    expect([failed.body.data.state.status_code, failed.body.data.errors[0].code]).toEqual(["FAILED", "auth_expired"]);
    expect((await authorise(abandoned.body.data.payment_id, "approved")).status).toBe(409);
  });

  it("refuses unknown banks, unsupported currencies and bad bodies, and hides other kinds' ids", async () => {
    const unknown = await bud("/v1/payments/single/bud-pay-url", { method: "POST", body: single("2.50", "Nobank") });
    expect([unknown.status, unknown.body.errors]).toEqual([400, { provider: ["unknown payment provider"] }]);
    expect((await bud("/v1/payments/single/bud-pay-url", { method: "POST", body: single("2.50", "Natwest_Sandbox", "EUR") })).status).toBe(400);
    expect((await bud("/v1/payments/single/bud-pay-url", { method: "POST", body: { provider: "Natwest_Sandbox" } })).status).toBe(400);
    const created = await bud("/v1/payments/single/bud-pay-url", { method: "POST", body: single() });
    const elsewhere = await bud(`/v1/payments/scheduled/${created.body.data.payment_id}`);
    expect([elsewhere.status, elsewhere.body.errors]).toEqual([404, { payment_id: "Value not found" }]);
  });
});

describe("standing orders and scheduled payments", () => {
  it("are created for later dates and report their own status codes", async () => {
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000);
    while (!isBusinessDay(Math.floor(inTwoWeeks.getTime() / 86_400_000))) inTwoWeeks.setUTCDate(inTwoWeeks.getUTCDate() + 1);
    const order = await bud("/v1/payments/standing-order/bud-pay-url", {
      method: "POST",
      body: {
        redirect_url: "https://budgie.test/back",
        provider: "Barclays_Sandbox",
        standing_order_details: { reference: "POCKET MONEY", recipient, sender, recurring_amount: { value: "10.00", currency: "GBP" }, first_payment_date: inTwoWeeks.toISOString(), frequency: "weekly" },
      },
    });
    expect(order.status).toBe(200);
    await authorise(order.body.data.payment_id, "approved");
    await nextDay();
    const status = await bud(`/v1/payments/standing-order/${order.body.data.payment_id}`);
    expect(status.body.data).toMatchObject({ frequency: "weekly", recurring_amount: { value: "10.00" }, state: { status_code: "COMPLETED", status_message: "Standing Order Creation Completed" } });
  });
});

describe("payment searches", () => {
  it("list the client's payments of one kind, newest first, filtered by the X- headers and paged by X-Page-Number", async () => {
    const ids: string[] = [];
    for (const value of ["3.01", "3.02", "3.03", "3.04", "3.05", "3.06", "3.07", "3.08", "3.09", "3.10", "3.11"]) {
      ids.push((await bud("/v1/payments/single/bud-pay-url", { method: "POST", body: single(value, "Monzo_Sandbox") })).body.data.payment_id);
    }
    await authorise(ids[0]!, "denied");
    const search = (headers: Record<string, string>) => bud("/v1/payments/single", { headers: { "X-Sender-Providers": "Monzo_Sandbox", ...headers } });
    const first = await search({});
    expect(first.body.metadata).toEqual({ total_results: 11, results: 10, page: 1, total_pages: 2 });
    expect(first.body.data[0].payment_id).toBe(ids[10]);
    const second = await search({ "X-Page-Number": "2" });
    expect([second.body.data.map((p: { payment_id: string }) => p.payment_id), second.body.metadata.page]).toEqual([[ids[0]], 2]);
    expect((await search({ "X-Amount-From": "3.05", "X-Amount-To": "3.06" })).body.data.map((p: { amount: { value: string } }) => p.amount.value)).toEqual(["3.06", "3.05"]);
    expect((await search({ "X-Payment-Id": ids[3]! })).body.metadata.total_results).toBe(1);
    expect((await search({ "X-Status-Codes": "AWAITING_AUTH" })).body.metadata.total_results).toBe(10);
    expect((await search({ "X-Date-From": "2099-01-01T00:00:00Z" })).body.data).toEqual([]);
    expect((await bud("/v1/payments/scheduled", { headers: { "X-Payment-Id": ids[3]! } })).body.data).toEqual([]);
    const bad = await search({ "X-Status-Codes": "COMPLETED" });
    expect([bad.status, Object.keys(bad.body.errors)]).toEqual([400, ["X-Status-Codes"]]);
    expect((await search({ "X-Date-To": "yesterday" })).status).toBe(400);
  });
});
