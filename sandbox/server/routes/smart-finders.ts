/**
 * Bud's smart finders ([CUS]): GET /v1/regular-transactions, /v2/future-transactions, /v2/income and
 * /v1/subscriptions, found in the customer's transaction list (../insights/recurring.ts, finders.ts). Each answers
 * 204 with no body when it finds nothing, as the spec declares.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import { PARENT_OF_L2 } from "../../data/categories";
import { isoDateTime, SECONDS_PER_DAY } from "../../data/calendar";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { failedValidation } from "../http/errors";
import { parseOrFail, queryObject } from "../http/params";
import { futureTransactions, income, isIncome, regularTransactions, subscriptions, type ChangePercentages } from "../insights/finders";
import { dateRange, headerPeriod, type Period } from "../insights/period";
import { readRows, seriesOf } from "../insights/recurring";
import { customerData } from "./customer-data";

const noContent = (c: Context<AppEnv>) => c.body(null, 204);

const futureQuery = z.object({
  months: z.coerce.number({ error: "must be an integer" }).int({ error: "must be an integer" }).min(1).max(24).default(3),
});

const CHANGE_PERCENTAGE = /^change_percentage\[([a-z_]+)\]$/;

/** `change_percentage[<l2>]=<number>` (or `[all]`); any other spelling, unknown L2 or non-number is a 400. */
function changePercentages(c: Context<AppEnv>): ChangePercentages & { given: { l2: string; value: number }[] } {
  const given: { l2: string; value: number }[] = [];
  for (const [key, values] of Object.entries(c.req.queries())) {
    if (!key.startsWith("change_percentage")) continue;
    const l2 = CHANGE_PERCENTAGE.exec(key)?.[1];
    const value = Number(values[0]);
    if (!l2 || (l2 !== "all" && !PARENT_OF_L2.has(l2))) throw failedValidation({ [key]: ["must name a category_l2 or all"] });
    if (values[0]?.trim() === "" || !Number.isFinite(value)) throw failedValidation({ [key]: ["must be a number"] });
    given.push({ l2, value });
  }
  return { byL2: new Map(given.map(({ l2, value }) => [l2, value])), given };
}

const listQuery = (period: Period) => ({ dateFrom: isoDateTime(period.from), dateTo: isoDateTime(period.to) });

export const smartFinderRoutes = new Hono<AppEnv>();

smartFinderRoutes.get("/v1/regular-transactions", api("regular_transactions_get", { customer: true }), (c) => {
  const series = seriesOf(customerData(c));
  if (series.length === 0) return noContent(c);
  return ok(c, regularTransactions(series), { results: series.length });
});

smartFinderRoutes.get("/v2/future-transactions", api("v2_future_transactions_get", { customer: true }), (c) => {
  const { months } = parseOrFail(futureQuery, queryObject(c));
  const percentages = changePercentages(c);
  const data = futureTransactions(seriesOf(customerData(c)), c.var.deps.clock.day(), months, percentages);
  if (data.length === 0) return noContent(c);
  return ok(c, data, { results: data.length, months, ...(percentages.given.length > 0 && { change_percentages: percentages.given }) });
});

smartFinderRoutes.get("/v2/income", api("v2_income_get", { customer: true }), (c) => {
  const period = headerPeriod(c.var.deps.clock, (name) => c.req.header(name), { months: 9 });
  const data = customerData(c);
  const rows = data ? readRows(data, { ...listQuery(period), creditDebitIndicator: "credit" }).filter(isIncome) : [];
  if (rows.length === 0) return noContent(c);
  return ok(c, income(rows, (period.to - period.from + 1) / SECONDS_PER_DAY), { ...dateRange(period), results: rows.length });
});

smartFinderRoutes.get("/v1/subscriptions", api("v1_subscriptions_get", { customer: true }), (c) => {
  const period = headerPeriod(c.var.deps.clock, (name) => c.req.header(name), { days: 30 });
  const data = customerData(c);
  const found = subscriptions(data ? readRows(data, { ...listQuery(period), includeTags: ["subscription"] }) : []);
  if (found.length === 0) return noContent(c);
  return ok(c, found, { ...dateRange(period), results: found.length });
});
