/**
 * Savings goals v2 ([CU]): a goal is a share (`allocation_ratio`) of one account's balance, so `goal_balance` is
 * recalculated from the account on every read. Create answers 200, as the spec says. Bud's own published Postman
 * examples create at the plural path, so that is accepted too.
 */
import { randomUUID } from "node:crypto";
import { Hono, type Context } from "hono";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { createGoalSchema, patchGoalSchema } from "../goals/schemas";
import { wireGoal } from "../goals/wire";
import { isoSeconds } from "../http/dates";
import { ok } from "../http/envelope";
import { BudApiError, failedValidation } from "../http/errors";
import { parseOrFail, queryObject, readJsonBody } from "../http/params";
import { CustomerCollection } from "../store/customer-collection";
import type { StoredSavingsGoal } from "../store/state";
import { customerData } from "./customer-data";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const goals = (c: Context<AppEnv>) => new CustomerCollection(c.var.deps.store, "savings_goals");

function accountOf(c: Context<AppEnv>, accountId: string) {
  return customerData(c)?.account(accountId);
}

function requireAccount(c: Context<AppEnv>, accountId: string): void {
  if (!accountOf(c, accountId)) throw failedValidation({ account_id: ["account not found"] });
}

const present = (c: Context<AppEnv>, goal: StoredSavingsGoal) => wireGoal(goal, accountOf(c, goal.account_id));

function ownedGoal(c: Context<AppEnv>): StoredSavingsGoal {
  const id = c.req.param("savings_goal_id") ?? "";
  if (!UUID.test(id)) throw failedValidation({ savings_goal_id: ["invalid UUID format"] });
  const goal = goals(c).get(c.var.customer.customer_id, id);
  if (!goal) throw new BudApiError(404, "resource_not_found", "Savings goal not found", {});
  return goal;
}

async function create(c: Context<AppEnv>) {
  const now = () => c.var.deps.clock.now();
  const input = parseOrFail(createGoalSchema(now), await readJsonBody(c));
  requireAccount(c, input.account_id);
  const goal = goals(c).put({ id: randomUUID(), customer_id: c.var.customer.customer_id, ...input, created_at: isoSeconds(new Date(now())) });
  return ok(c, present(c, goal));
}

export const savingsGoalRoutes = new Hono<AppEnv>();

savingsGoalRoutes.post("/goals/v2/savings/goal", api("goals_v2_savings_goal_post", { customer: true }), create);
savingsGoalRoutes.post("/goals/v2/savings/goals", api("goals_v2_savings_goal_post", { customer: true }), create);

savingsGoalRoutes.get("/goals/v2/savings/goals", api("goals_v2_savings_goals_get", { customer: true }), (c) => {
  const { account_id } = queryObject(c);
  const owned = goals(c)
    .list(c.var.customer.customer_id)
    .filter((goal) => account_id === undefined || goal.account_id === account_id);
  return ok(c, owned.map((goal) => present(c, goal)));
});

savingsGoalRoutes.get("/goals/v2/savings/goals/:savings_goal_id", api("goals_v2_savings_goal_get", { customer: true }), (c) =>
  ok(c, present(c, ownedGoal(c))),
);

savingsGoalRoutes.patch("/goals/v2/savings/goals/:savings_goal_id", api("goals_v2_savings_goal_patch", { customer: true }), async (c) => {
  const goal = ownedGoal(c);
  const { target_datetime, ...patch } = parseOrFail(patchGoalSchema(() => c.var.deps.clock.now()), await readJsonBody(c));
  if (patch.account_id !== undefined) requireAccount(c, patch.account_id);
  const updated: StoredSavingsGoal = { ...goal, ...patch };
  if (target_datetime === null) delete updated.target_datetime;
  else if (target_datetime !== undefined) updated.target_datetime = target_datetime;
  return ok(c, present(c, goals(c).put(updated)));
});

savingsGoalRoutes.delete("/goals/v2/savings/goals/:savings_goal_id", api("goals_v2_savings_goal_delete", { customer: true }), (c) => {
  goals(c).remove(c.var.customer.customer_id, ownedGoal(c).id);
  return c.body(null, 204);
});
