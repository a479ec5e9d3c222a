/**
 * Bud Pay payments move money in the customer's data: a settled payment is a booked debit in the paying account
 * (and a credit when it goes to one of the customer's own accounts), so balances and transaction lists agree;
 * a declined payment moves nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMoney } from "../../lib/money";
import { DEMO_CUSTOMER } from "../data/demo-customers";
import type { WireAccount, WireTransaction } from "../data/world";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, send, type BudCaller, type CallOptions } from "./test-support";

let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

const asDemo = (path: string, options: CallOptions = {}) => bud(path, { ...options, customer: { id: DEMO_CUSTOMER.customerId, secret: DEMO_CUSTOMER.customerSecret } });
const sender = { user_id: DEMO_CUSTOMER.idempotentIdentifier, name: "Alex Morgan" };
const control = (path: string, body: unknown) =>
  send(`${sandbox.url}/__sandbox/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

async function pay(value: string, recipient: { name: string; account_number: string }, outcome: "approved" | "denied") {
  const created = await bud("/v1/payments/single/bud-pay-url", {
    method: "POST",
    body: {
      redirect_url: "https://budgie.test/api/payments/callback?state=s1",
      provider: "Natwest_Sandbox",
      payment_details: { reference: "POSTING TEST", recipient: { type: "SortCodeAccountNumber", ...recipient }, sender, amount: { value, currency: "GBP" } },
    },
  });
  expect(created.status).toBe(200);
  expect((await control(`payments/${created.body.data.payment_id}/authorise`, { outcome })).status).toBe(200);
  return created.body.data.payment_id as string;
}

const accounts = async (): Promise<WireAccount[]> => (await asDemo("/financial/v3/accounts")).body.data;
const booked = (account: WireAccount) => {
  const balance = account.balances!.booked!;
  return parseMoney(balance.amount.value, balance.amount.currency, balance.credit_debit_indicator).minor;
};
const accountNumber = (account: WireAccount) => {
  const ids = account.identifiers as { uk_sort_code: string; uk_account_number: string };
  return `${ids.uk_sort_code}${ids.uk_account_number}`;
};
async function newest(accountId: string): Promise<WireTransaction[]> {
  return (await asDemo(`/financial/v2/transactions?account_id=${accountId}&page_size=5`)).body.data;
}

describe("payments in the customer's data", () => {
  it("books a settled payment in the paying account, a transfer on both sides, and nothing for a declined one", async () => {
    const before = await accounts();
    const current = before.find((account) => account.provider === "Natwest_Sandbox" && account.account_type === "current_account")!;
    const saver = before.find((account) => account.account_id !== current.account_id && account.currency === "GBP" && account.account_type === "savings")!;
    expect([current, saver].every(Boolean)).toBe(true);

    await pay("12.34", { name: "MR TEST RECIPIENT", account_number: "01234501234567" }, "approved");
    await pay("7.77", { name: "MR DECLINED", account_number: "01234501234567" }, "denied");
    await pay("50.00", { name: "Alex Morgan", account_number: accountNumber(saver) }, "approved");
    // Before settlement nothing has moved.
    expect(booked((await accounts()).find((account) => account.account_id === current.account_id)!)).toBe(booked(current));
    await control("clock", { advanceDays: 1 });

    const after = await accounts();
    const byId = (id: string) => after.find((account) => account.account_id === id)!;
    expect(booked(byId(current.account_id))).toBe(booked(current) - 1234 - 5000);
    expect(booked(byId(saver.account_id))).toBe(booked(saver) + 5000);

    const paid = await newest(current.account_id);
    expect(paid.slice(0, 2).map((t) => [t.credit_debit_indicator, t.amount.value, t.status, t.suggested_description])).toEqual(
      expect.arrayContaining([
        ["debit", "12.34", "booked", "MR TEST RECIPIENT"],
        ["debit", "50.00", "booked", "Alex Morgan"],
      ]),
    );
    expect(paid.some((t) => t.amount.value === "7.77")).toBe(false);
    const [credit] = await newest(saver.account_id);
    expect(credit).toMatchObject({ credit_debit_indicator: "credit", amount: { value: "50.00" }, tags: ["internal-transfer"], transaction_type: { bud_code: "BAT" } });

    // Deterministic: the same payment reads as the same transaction on every read.
    expect((await newest(saver.account_id))[0]!.transaction_id).toBe(credit!.transaction_id);
  });
});
