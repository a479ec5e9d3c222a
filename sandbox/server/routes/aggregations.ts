/**
 * Enrichment totals ([CUS]): category totals, their trends per period, and essential vs non-essential spend,
 * all computed from the rows the customer's transaction list serves (booked and pending), through the index in
 * ../insights/facts.ts, so a total always equals the sum of the list filtered the same way.
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { Granularity } from "../../data/world";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { failedValidation } from "../http/errors";
import { listParam, parseOrFail, queryObject } from "../http/params";
import { essentialStatistics } from "../insights/essential";
import { factsOf, rowsBetween } from "../insights/facts";
import { compileFilter, parseCategories, parseCurrencies, parseLabels, type RowFilter } from "../insights/filters";
import { requestPeriod, rfc3339Range } from "../insights/period";
import { categoryTotals, matchingRows } from "../insights/totals";
import { categoryTrends } from "../insights/trends";
import { customerData } from "./customer-data";

const GRANULARITIES = ["daily", "weekly", "biweekly", "monthly", "quarterly", "six_monthly", "annually"] as const satisfies Granularity[];

const SIX_MONTHS = { months: 6 };

const totalsQuery = z.object({
  from: z.string().optional(),
  to: z.string().optional(),
  include_l2: z.enum(["true", "false"], { error: "must be true or false" }).optional(),
  granularity: z.enum(GRANULARITIES).default("monthly"),
});

/** Every filter of the category totals (and trends), validated; unknown accounts are a 400 like unknown categories. */
async function totalsFilter(c: Context<AppEnv>) {
  const query = parseOrFail(totalsQuery, queryObject(c));
  const data = customerData(c);
  const accountIds = listParam(c, "account_id");
  const known = new Set((data?.accounts() ?? []).map((account) => account.account_id));
  const unknown = accountIds?.find((id) => !known.has(id));
  if (unknown !== undefined) throw failedValidation({ account_id: [`unknown account: ${unknown}`] });
  const filter: RowFilter = {
    ...requestPeriod(c.var.deps.clock, query, SIX_MONTHS),
    accountIds,
    currencies: parseCurrencies(listParam(c, "currency")),
    include: parseCategories("category", listParam(c, "category")),
    exclude: parseCategories("exclude_category", listParam(c, "exclude_category")),
    labels: parseLabels(listParam(c, "category_label")),
  };
  return { facts: await factsOf(data), filter, includeL2: query.include_l2 === "true", granularity: query.granularity };
}

export const aggregationRoutes = new Hono<AppEnv>();

aggregationRoutes.get("/aggregations/v2/totals/categories", api("v2_category_totals_get", { customer: true }), async (c) => {
  const { facts, filter, includeL2 } = await totalsFilter(c);
  const { start, end } = rowsBetween(facts, filter.from, filter.to);
  const { data, overall } = categoryTotals(facts, matchingRows(start, end, compileFilter(facts, filter)), includeL2);
  return ok(c, data, { ...rfc3339Range(filter), ...overall.wire(facts.currencies) });
});

aggregationRoutes.get("/aggregations/v2/totals/categories/trends", api("v2_category_totals_trends_get", { customer: true }), async (c) => {
  const { facts, filter, includeL2, granularity } = await totalsFilter(c);
  return ok(c, categoryTrends(facts, filter, granularity, compileFilter(facts, filter), includeL2));
});

aggregationRoutes.get(
  "/aggregations/v2/totals/essential-statistics",
  api("aggregations_v2_totals_essential_statistics_get", { customer: true }),
  async (c) => {
    const query = parseOrFail(totalsQuery.pick({ from: true, to: true }), queryObject(c));
    const period = requestPeriod(c.var.deps.clock, query, SIX_MONTHS);
    return ok(c, essentialStatistics(await factsOf(customerData(c)), period), rfc3339Range(period));
  },
);
