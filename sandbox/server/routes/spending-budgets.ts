/**
 * Spending budgets (Goals v1, [CU]): create, list with `spent` for the period containing `day`, patch, delete one
 * or all, and a budget's transactions for a period (token paged, default 100, max 200).
 */
import { randomUUID } from "node:crypto";
import { Hono, type Context } from "hono";
import { z } from "zod";
import { dayOfInstant, parseInstant } from "../../data/calendar";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { budgetPeriod, budgetTransactions, spentOf } from "../goals/budget-spent";
import { createBudgetSchema, patchBudgetSchema, taxonomyErrors, type BudgetInclude } from "../goals/schemas";
import { wireBudget, wireBudgetTransaction } from "../goals/wire";
import { budDate, isoSeconds } from "../http/dates";
import { ok } from "../http/envelope";
import { BudApiError, failedValidation, invalidPageToken } from "../http/errors";
import { listParam, pageSize, parseOrFail, queryObject, readJsonBody } from "../http/params";
import { CustomerCollection } from "../store/customer-collection";
import type { StoredBudget } from "../store/state";
import { customerData } from "./customer-data";

const budgetNotFound = () => new BudApiError(404, "resource_not_found", "Spending budget not found", {});

const budgets = (c: Context<AppEnv>) => new CustomerCollection(c.var.deps.store, "spending_budgets");

/** `day` (RFC 3339 or a date) as a day number; the stand-in clock's today when absent. */
function dayParam(c: Context<AppEnv>, day: string | undefined): number {
  return day === undefined ? c.var.deps.clock.day() : dayOfInstant(parseInstant(day));
}

function checkTaxonomy(c: Context<AppEnv>, include: BudgetInclude | undefined): void {
  const errors = taxonomyErrors(include, c.var.deps.world.categoriesMap);
  if (errors) throw failedValidation(errors);
}

function present(c: Context<AppEnv>, budget: StoredBudget, day: number, accountIds?: string[]) {
  const period = budgetPeriod(budget, day);
  return wireBudget(budget, spentOf(budget, period, budgetTransactions(customerData(c), budget, period, accountIds)));
}

const listQuery = z.object({ day: budDate.optional() });

export const spendingBudgetRoutes = new Hono<AppEnv>();

spendingBudgetRoutes.get("/goals/v1/spending-budgets", api("goals_v1_spending_budgets_get", { customer: true }), (c) => {
  const { day } = parseOrFail(listQuery, queryObject(c));
  const accountIds = listParam(c, "account_id");
  const data = budgets(c)
    .list(c.var.customer.customer_id)
    .map((budget) => present(c, budget, dayParam(c, day), accountIds));
  return ok(c, data, { results: data.length, ...(accountIds && { account_ids: accountIds }) });
});

spendingBudgetRoutes.post("/goals/v1/spending-budgets", api("goals_v1_spending_budgets_post", { customer: true }), async (c) => {
  const input = parseOrFail(createBudgetSchema, await readJsonBody(c));
  checkTaxonomy(c, input.include);
  const budget = budgets(c).put({
    id: randomUUID(),
    customer_id: c.var.customer.customer_id,
    ...input,
    recurrency: input.recurrency.period === "monthly" ? { starting_day: 1, ...input.recurrency } : input.recurrency,
    created_at: isoSeconds(new Date(c.var.deps.clock.now())),
  });
  return ok(c, present(c, budget, dayParam(c, undefined)), undefined, 201);
});

spendingBudgetRoutes.delete("/goals/v1/spending-budgets", api("goals_v1_spending_budgets_delete_all", { customer: true }), (c) => {
  if (budgets(c).removeAll(c.var.customer.customer_id) === 0) {
    throw new BudApiError(404, "resource_not_found", "The customer has no budgets to be deleted", {});
  }
  return c.body(null, 204);
});

spendingBudgetRoutes.patch("/goals/v1/spending-budgets/:budget_id", api("goals_v1_spending_budgets_patch", { customer: true }), async (c) => {
  const budget = budgets(c).get(c.var.customer.customer_id, c.req.param("budget_id"));
  if (!budget) throw budgetNotFound();
  const patch = parseOrFail(patchBudgetSchema, await readJsonBody(c));
  const amount = patch.amount ? { value: patch.amount.value, currency: budget.amount.currency } : budget.amount;
  // The new value is checked with the budget's own currency, exactly as on create.
  parseOrFail(createBudgetSchema.shape.amount, amount);
  checkTaxonomy(c, patch.include);
  const recurrency = patch.recurrency?.period === "monthly" ? { starting_day: 1, ...patch.recurrency } : patch.recurrency;
  const updated = budgets(c).put({ ...budget, ...patch, amount, recurrency: recurrency ?? budget.recurrency });
  return ok(c, present(c, updated, dayParam(c, undefined)));
});

spendingBudgetRoutes.delete("/goals/v1/spending-budgets/:budget_id", api("goals_v1_spending_budgets_delete", { customer: true }), (c) => {
  if (!budgets(c).remove(c.var.customer.customer_id, c.req.param("budget_id"))) throw budgetNotFound();
  return c.body(null, 204);
});

const transactionsQuery = z.object({ day: budDate.optional(), page_size: pageSize(100, 200), page_token: z.string().optional() });

/** Page tokens name the budget and the period's start, so a token from another list or period is refused. */
const encodeToken = (budgetId: string, from: number, offset: number) =>
  Buffer.from(JSON.stringify({ b: budgetId, f: from, o: offset })).toString("base64url");

function decodeOffset(token: string | undefined, budgetId: string, from: number): number {
  if (token === undefined) return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8")) as { b?: unknown; f?: unknown; o?: unknown };
    if (parsed.b === budgetId && parsed.f === from && Number.isSafeInteger(parsed.o) && (parsed.o as number) >= 0) return parsed.o as number;
  } catch {
    // falls through to the refusal below
  }
  throw invalidPageToken();
}

spendingBudgetRoutes.get(
  "/goals/v1/spending-budgets/:budget_id/transactions",
  api("goals_v1_spending_budget_transactions_get", { customer: true }),
  (c) => {
    const budget = budgets(c).get(c.var.customer.customer_id, c.req.param("budget_id"));
    if (!budget) throw budgetNotFound();
    const query = parseOrFail(transactionsQuery, queryObject(c));
    const period = budgetPeriod(budget, dayParam(c, query.day));
    const offset = decodeOffset(query.page_token, budget.id, period.from);
    const all = budgetTransactions(customerData(c), budget, period, listParam(c, "account_id"));
    const page = all.slice(offset, offset + query.page_size);
    const next = offset + query.page_size < all.length ? encodeToken(budget.id, period.from, offset + query.page_size) : undefined;
    return ok(c, page.map(wireBudgetTransaction), {
      results: page.length,
      budget_id: budget.id,
      page_size: query.page_size,
      ...(next !== undefined && { next_page_token: next }),
    });
  },
);
