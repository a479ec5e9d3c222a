/**
 * Goals against the seeded world: `spent` agrees with the customer's own transaction list, validation follows
 * the spec, and one customer can never reach another's budgets or goals.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMoney } from "../../lib/money";
import { DEMO_CUSTOMER, EURO_CUSTOMER } from "../data/demo-customers";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, type BudCaller, type CallOptions } from "./test-support";

let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, today: "2025-06-30" });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

const as = (customer: { customerId: string; customerSecret: string }) => (path: string, options: CallOptions = {}) =>
  bud(path, { ...options, customer: { id: customer.customerId, secret: customer.customerSecret } });
const asDemo = as(DEMO_CUSTOMER);
const asEuro = as(EURO_CUSTOMER);

const groceries = {
  name: "Groceries",
  amount: { value: "250.00", currency: "GBP" },
  recurrency: { period: "monthly", starting_day: 1 },
  include: { categories: [{ l1: "food_and_drink", l2: ["groceries"] }] },
};

/** The same figure computed the other way: every groceries debit in June from the transaction list. */
async function groceriesDebitsInJune(): Promise<number> {
  let total = 0;
  let token: string | undefined;
  do {
    const query = `category_l2=groceries&credit_debit_indicator=debit&date_from=2025-06-01&date_to=2025-06-30&page_size=200${token ? `&page_token=${encodeURIComponent(token)}` : ""}`;
    const page = await asDemo(`/financial/v2/transactions?${query}`);
    for (const row of page.body.data) if (row.amount.currency === "GBP") total += parseMoney(row.amount.value, "GBP").minor;
    token = page.body.metadata.next_page_token;
  } while (token);
  return total;
}

describe("spending budgets", () => {
  it("computes spent for this period from the customer's matching debits", async () => {
    const created = await asDemo("/goals/v1/spending-budgets", { method: "POST", body: { ...groceries, account_id: "ignored" } });
    expect(created.status).toBe(201);
    const { spent } = created.body.data;
    const expected = await groceriesDebitsInJune();
    expect(expected).toBeGreaterThan(0);
    expect(parseMoney(spent.amount.value, "GBP").minor).toBe(expected);
    expect(spent.ratio).toBe((Math.round((expected * 100) / 25_000) / 100).toFixed(2));
    expect([spent.from, spent.to]).toEqual(["2025-06-01T00:00:00Z", "2025-06-30T23:59:59Z"]);
    expect(created.body.data).not.toHaveProperty("account_id");

    const transactions = await asDemo(`/goals/v1/spending-budgets/${created.body.data.id}/transactions?page_size=200`);
    const listed = transactions.body.data.reduce((sum: number, row: { amount: { value: string } }) => sum + parseMoney(row.amount.value, "GBP").minor, 0);
    expect(listed).toBe(expected);
  });

  it("moves to another period with `day`, and pages a period's transactions with tokens bound to it", async () => {
    const { body } = await asDemo("/goals/v1/spending-budgets", { method: "POST", body: { ...groceries, name: "Paged" } });
    const id = body.data.id as string;
    const may = await asDemo("/goals/v1/spending-budgets?day=2025-05-10");
    expect(may.body.data.find((budget: { id: string }) => budget.id === id).spent.from).toBe("2025-05-01T00:00:00Z");
    const first = await asDemo(`/goals/v1/spending-budgets/${id}/transactions?page_size=2`);
    expect(first.body.data).toHaveLength(2);
    const token = encodeURIComponent(first.body.metadata.next_page_token);
    const second = await asDemo(`/goals/v1/spending-budgets/${id}/transactions?page_size=2&page_token=${token}`);
    expect(second.body.data[0].transaction_id).not.toBe(first.body.data[1].transaction_id);
    expect((await asDemo(`/goals/v1/spending-budgets/${id}/transactions?page_size=2&day=2025-05-10&page_token=${token}`)).status).toBe(400);
  });

  it("refuses what the spec refuses, naming the field", async () => {
    const post = (body: unknown) => asDemo("/goals/v1/spending-budgets", { method: "POST", body });
    const cases: [unknown, string][] = [
      [{ ...groceries, amount: { value: "0", currency: "GBP" } }, "amount.value"],
      [{ ...groceries, amount: { value: "-5.00", currency: "GBP" } }, "amount.value"],
      [{ ...groceries, amount: { value: "12.345", currency: "GBP" } }, "amount.value"],
      [{ ...groceries, recurrency: { period: "monthly", starting_day: 29 } }, "recurrency.starting_day"],
      [{ ...groceries, recurrency: { period: "one-off", starting_day: 3 } }, "recurrency.starting_day"],
      [{ ...groceries, recurrency: { period: "weekly" } }, "recurrency.period"],
      [{ ...groceries, include: { categories: [{ l1: "no_such_thing" }] } }, "include.categories.0.l1"],
      [{ ...groceries, include: { categories: [{ l1: "transport", l2: ["groceries"] }] } }, "include.categories.0.l2"],
    ];
    for (const [body, field] of cases) {
      const answer = await post(body);
      expect([answer.status, answer.body.code_id], field).toEqual([400, "failed_validation"]);
      expect(Object.keys(answer.body.errors), field).toContain(field);
    }
  });

  it("patches the limit but never the currency, and deletes", async () => {
    const { body } = await asDemo("/goals/v1/spending-budgets", { method: "POST", body: { ...groceries, name: "Patch me" } });
    const id = body.data.id as string;
    const patched = await asDemo(`/goals/v1/spending-budgets/${id}`, { method: "PATCH", body: { amount: { value: "400.00" }, name: "Food" } });
    expect(patched.body.data).toMatchObject({ name: "Food", amount: { value: "400.00", currency: "GBP" } });
    const currency = await asDemo(`/goals/v1/spending-budgets/${id}`, { method: "PATCH", body: { amount: { value: "1.00", currency: "EUR" } } });
    expect(Object.keys(currency.body.errors)).toEqual(["amount.currency"]);
    expect((await asDemo(`/goals/v1/spending-budgets/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await asDemo(`/goals/v1/spending-budgets/${id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("keeps each customer's budgets to that customer", async () => {
    const { body } = await asDemo("/goals/v1/spending-budgets", { method: "POST", body: { ...groceries, name: "Mine" } });
    const id = body.data.id as string;
    expect((await asEuro("/goals/v1/spending-budgets")).body.data.map((budget: { id: string }) => budget.id)).not.toContain(id);
    expect((await asEuro(`/goals/v1/spending-budgets/${id}`, { method: "PATCH", body: { name: "Theirs" } })).status).toBe(404);
    expect((await asEuro(`/goals/v1/spending-budgets/${id}`, { method: "DELETE" })).status).toBe(404);
    expect((await asEuro(`/goals/v1/spending-budgets/${id}/transactions`)).status).toBe(404);
  });
});

describe("savings goals", () => {
  async function savingsAccount() {
    const accounts = await asDemo("/financial/v3/accounts?account_type=savings");
    const account = accounts.body.data[0];
    const booked = account.balances.booked;
    return { id: account.account_id as string, balance: parseMoney(booked.amount.value, booked.amount.currency, booked.credit_debit_indicator).minor };
  }
  const goal = (accountId: string) => ({ account_id: accountId, name: "Holiday", target_amount: { value: "3000.00", currency: "GBP" }, allocation_ratio: 0.2 });

  it("holds its share of the account's balance, at the singular and the plural path", async () => {
    const account = await savingsAccount();
    const created = await asDemo("/goals/v2/savings/goal", { method: "POST", body: { ...goal(account.id), target_datetime: "2099-01-01T00:00:00Z" } });
    expect(created.status).toBe(200);
    expect(parseMoney(created.body.data.goal_balance.value, "GBP").minor).toBe(Math.round(account.balance * 0.2));
    const plural = await asDemo("/goals/v2/savings/goals", { method: "POST", body: goal(account.id) });
    expect(plural.status).toBe(200);
    const patched = await asDemo(`/goals/v2/savings/goals/${created.body.data.id}`, { method: "PATCH", body: { allocation_ratio: 0.5, target_datetime: null } });
    expect(patched.body.data).not.toHaveProperty("target_datetime");
    expect(parseMoney(patched.body.data.goal_balance.value, "GBP").minor).toBe(Math.round(account.balance * 0.5));
    expect((await asDemo(`/goals/v2/savings/goals?account_id=${account.id}`)).body.data.length).toBeGreaterThanOrEqual(2);
  });

  it("refuses bad ratios, past dates, unknown accounts and malformed ids", async () => {
    const account = await savingsAccount();
    const post = (body: unknown) => asDemo("/goals/v2/savings/goal", { method: "POST", body });
    for (const [body, field] of [
      [{ ...goal(account.id), allocation_ratio: 0 }, "allocation_ratio"],
      [{ ...goal(account.id), allocation_ratio: 1.01 }, "allocation_ratio"],
      [{ ...goal(account.id), target_datetime: "2020-01-01T00:00:00Z" }, "target_datetime"],
      [{ ...goal(account.id), target_amount: { value: "0.00", currency: "GBP" } }, "target_amount.value"],
      [goal("not-my-account"), "account_id"],
    ] as const) {
      const answer = await post(body);
      expect([answer.status, Object.keys(answer.body.errors)], field).toEqual([400, [field]]);
    }
    expect((await asDemo("/goals/v2/savings/goals/not-a-uuid")).status).toBe(400);
  });

  it("keeps each customer's goals to that customer", async () => {
    const account = await savingsAccount();
    const { body } = await asDemo("/goals/v2/savings/goal", { method: "POST", body: goal(account.id) });
    const id = body.data.id as string;
    expect((await asEuro(`/goals/v2/savings/goals/${id}`)).status).toBe(404);
    expect((await asEuro(`/goals/v2/savings/goals/${id}`, { method: "PATCH", body: { name: "Theirs" } })).status).toBe(404);
    expect((await asEuro(`/goals/v2/savings/goals/${id}`, { method: "DELETE" })).status).toBe(404);
    expect((await asDemo(`/goals/v2/savings/goals/${id}`)).body.data.name).toBe("Holiday");
  });
});
