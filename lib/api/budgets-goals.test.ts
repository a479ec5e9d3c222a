import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute, ORIGIN } from "@/lib/api/testing/call";
import { discoverRoutes, type DiscoveredRoute, type HttpMethod } from "@/lib/api/testing/routes";
import { signInAs } from "@/lib/api/testing/session";
import { startRouteWorld, WORLD_START_TIMEOUT_MS, type RouteWorld, type WorldUser } from "@/lib/api/testing/world";
import type { Account, Budget, SavingsGoal } from "@/lib/domain";
import { shiftDays, londonToday } from "@/lib/periods";
import { BUDGET_FORM_DEFAULTS, type BudgetFormInput } from "@/lib/schemas/budgets";
import { GOAL_FORM_DEFAULTS, type GoalFormInput } from "@/lib/schemas/goals";

/*
 * The budget and goal routes against the real stand-in: bad input is a 400 naming the field, and nothing is
 * written upstream; another user's id is a 404 that leaves the owner's budget or goal as it was.
 */

vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<object>()),
  getCurrentUser: (await import("@/lib/api/testing/session")).fakeCurrentUser,
}));

let world: RouteWorld;
let routes: DiscoveredRoute[];

async function call(user: WorldUser, pattern: string, method: HttpMethod, { segments = {}, body }: { segments?: Record<string, string[]>; body?: unknown } = {}) {
  signInAs(user.user);
  const logged = world.sandbox.stats.requests.length;
  const route = routes.find((candidate) => candidate.pattern === pattern)!;
  const answer = await callRoute({
    route,
    method,
    segments,
    headers: { origin: ORIGIN, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const writes = world.sandbox.stats.requests.slice(logged).filter((entry) => entry.method !== "GET");
  return { ...answer, writes };
}

const groceries: BudgetFormInput = { ...BUDGET_FORM_DEFAULTS, name: "Groceries", amount: "£250", categories: [{ l1: "food_and_drink", l2: ["groceries"] }] };

beforeAll(async () => {
  world = await startRouteWorld();
  routes = await discoverRoutes();
}, WORLD_START_TIMEOUT_MS);

afterAll(async () => {
  signInAs(null);
  await world?.close();
});

describe("budgets", () => {
  it("creates a budget from typed money and answers with Bud's spent", async () => {
    const answer = await call(world.a, "/api/budgets", "POST", { body: groceries });
    expect(answer.status).toBe(201);
    const budget = answer.json as Budget;
    expect(budget).toMatchObject({ name: "Groceries", limit: { minor: 25000, currency: "GBP" }, period: { kind: "monthly", startingDay: 1 } });
    expect(budget.categories).toEqual([{ l1: "food_and_drink", l2: ["groceries"] }]);
    expect(budget.spent.minor).toBeGreaterThanOrEqual(0);
  });

  const bad: [string, Record<string, unknown>, string][] = [
    ["zero", { amount: "0" }, "amount"],
    ["negative", { amount: "-5" }, "amount"],
    ["absurd", { amount: "99999999999" }, "amount"],
    ["three decimal places", { amount: "12.345" }, "amount"],
    ["an unknown category", { categories: [{ l1: "yachts", l2: [] }] }, "categories.0.l1"],
    ["an L2 under the wrong L1", { categories: [{ l1: "transport", l2: ["groceries"] }] }, "categories.0.l2"],
    ["a starting day of 31", { startingDay: 31 }, "startingDay"],
    ["euros without euro accounts", { currency: "EUR", amount: "250" }, "currency"],
    ["a blank name", { name: "   " }, "name"],
  ];
  it.each(bad)("refuses %s with a field message and writes nothing", async (_, change, field) => {
    const answer = await call(world.a, "/api/budgets", "POST", { body: { ...groceries, ...change } });
    expect(answer.status).toBe(400);
    expect((answer.json as { error: { fields: Record<string, string> } }).error.fields[field]).toEqual(expect.any(String));
    expect(answer.writes).toEqual([]);
  });

  it.each([["customer_id"], ["id"], ["spent"]])("refuses a body carrying %s", async (extra) => {
    const answer = await call(world.a, "/api/budgets", "POST", { body: { ...groceries, [extra]: "x" } });
    expect(answer.status).toBe(400);
    expect(answer.writes).toEqual([]);
  });

  it("answers another user's budget id with 404 on read, edit and delete, and leaves it as it was", async () => {
    const created = (await call(world.a, "/api/budgets", "POST", { body: groceries })).json as Budget;
    const segments = { budgetId: [created.id] };
    for (const [pattern, method, body] of [
      ["/api/budgets/[budgetId]", "GET", undefined],
      ["/api/budgets/[budgetId]/transactions", "GET", undefined],
      ["/api/budgets/[budgetId]", "PATCH", { ...groceries, amount: "1" }],
      ["/api/budgets/[budgetId]", "DELETE", undefined],
    ] as const) {
      const answer = await call(world.b, pattern, method, { segments, body });
      expect(answer.status, `${method} ${pattern}`).toBe(404);
    }
    const after = (await call(world.a, "/api/budgets/[budgetId]", "GET", { segments })).json as Budget;
    expect(after.limit).toEqual(created.limit);
  });

  it("edits the limit and keeps the budget's id", async () => {
    const created = (await call(world.a, "/api/budgets", "POST", { body: groceries })).json as Budget;
    const answer = await call(world.a, "/api/budgets/[budgetId]", "PATCH", { segments: { budgetId: [created.id] }, body: { ...groceries, amount: "1,200" } });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ id: created.id, limit: { minor: 120000, currency: "GBP" } });
  });
});

describe("savings goals", () => {
  let account: Account;
  const goal = (change: Partial<GoalFormInput> = {}): GoalFormInput => ({
    ...GOAL_FORM_DEFAULTS,
    name: "Holiday",
    accountId: account.id,
    currency: account.currency,
    target: "3,000",
    targetDate: shiftDays(londonToday(), 200),
    allocationRatio: 0.5,
    ...change,
  });

  beforeAll(async () => {
    signInAs(world.a.user);
    const accounts = (await call(world.a, "/api/accounts", "GET")).json as Account[];
    account = accounts.find((candidate) => candidate.kind === "savings") ?? accounts[0]!;
  });

  it("creates a goal holding its share of the account", async () => {
    const answer = await call(world.a, "/api/goals", "POST", { body: goal() });
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ name: "Holiday", accountId: account.id, accountName: account.name, allocationRatio: 0.5, target: { minor: 300000 } });
  });

  const bad: [string, Partial<GoalFormInput>, string][] = [
    ["a share above 100%", { allocationRatio: 1.5 }, "allocationRatio"],
    ["a share of 0", { allocationRatio: 0 }, "allocationRatio"],
    ["a past target date", { targetDate: "2020-01-01" }, "targetDate"],
    ["a zero target", { target: "0" }, "target"],
    ["three decimal places", { target: "10.005" }, "target"],
    ["someone else's account", { accountId: "not-mine" }, "accountId"],
    // The first goal took 50%; 60% more would over-allocate the account.
    ["an over-allocated account", { allocationRatio: 0.6 }, "allocationRatio"],
  ];
  it.each(bad)("refuses %s with a field message and writes nothing", async (_, change, field) => {
    const answer = await call(world.a, "/api/goals", "POST", { body: goal(change) });
    expect(answer.status).toBe(400);
    expect((answer.json as { error: { fields: Record<string, string> } }).error.fields[field]).toEqual(expect.any(String));
    expect(answer.writes).toEqual([]);
  });

  it("answers another user's goal id with 404 and writes nothing", async () => {
    const [owned] = (await call(world.a, "/api/goals", "GET")).json as SavingsGoal[];
    const segments = { goalId: [owned!.id] };
    for (const method of ["PATCH", "DELETE"] as const) {
      const answer = await call(world.b, "/api/goals/[goalId]", method, { segments, body: method === "PATCH" ? goal({ accountId: "x" }) : undefined });
      expect(answer.status, method).toBe(404);
      expect(answer.writes, method).toEqual([]);
    }
    const [after] = (await call(world.a, "/api/goals", "GET")).json as SavingsGoal[];
    expect(after).toEqual(owned);
  });
});
