/**
 * GET /v2/merchants/totals ([CUS]): debit and credit totals per merchant over X-From/X-To (default the last 30
 * days), optionally limited by X-Include-Categories / X-Exclude-Categories; 204 when no transaction matches.
 */
import { Hono } from "hono";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { factsOf, rowsBetween } from "../insights/facts";
import { compileFilter, parseCategories } from "../insights/filters";
import { merchantTotals } from "../insights/merchants";
import { dateRange, headerPeriod } from "../insights/period";
import { matchingRows } from "../insights/totals";
import { customerData } from "./customer-data";

/** A comma-separated header as a list; undefined when absent or blank. */
function headerList(value: string | undefined): string[] | undefined {
  const list = (value ?? "").split(",").map((item) => item.trim()).filter((item) => item !== "");
  return list.length > 0 ? list : undefined;
}

export const merchantTotalRoutes = new Hono<AppEnv>();

merchantTotalRoutes.get("/v2/merchants/totals", api("v2_merchants_totals_get", { customer: true }), async (c) => {
  const period = headerPeriod(c.var.deps.clock, (name) => c.req.header(name), { days: 30 });
  const included = headerList(c.req.header("X-Include-Categories"));
  const excluded = headerList(c.req.header("X-Exclude-Categories"));
  const facts = await factsOf(customerData(c));
  const keep = compileFilter(facts, {
    ...period,
    include: parseCategories("X-Include-Categories", included, true),
    exclude: parseCategories("X-Exclude-Categories", excluded, true),
  });
  const { start, end } = rowsBetween(facts, period.from, period.to);
  const { data, overall } = merchantTotals(facts, matchingRows(start, end, keep));
  if (data.length === 0) return c.body(null, 204);
  return ok(c, data, {
    ...dateRange(period),
    results: data.length,
    ...(included && { categories_included: included }),
    ...(excluded && { categories_excluded: excluded }),
    ...overall.wire(facts.currencies),
  });
});
