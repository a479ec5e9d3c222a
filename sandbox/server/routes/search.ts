/**
 * Transaction search ([CU] in Bud's spec; the stand-in also wants X-Customer-Secret, as for every read of
 * financial data): GET /search/beta/transactions and GET /search/beta/transactions/{search_id}, also answered at
 * /search/v1/… (the path Bud's current examples use). Searches are transient (SEARCH_TTL_SECONDS on the stand-in
 * clock); results are newest first and token paged (default 25, max 100) like the transaction list.
 */
import type { Context } from "hono";
import { Hono } from "hono";
import { z } from "zod";
import type { SearchField, SearchPage, SearchQuery } from "../../data/world";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { budDate, isoSeconds } from "../http/dates";
import { BudApiError, failedValidation, invalidPageToken } from "../http/errors";
import { listParam, pageSize, parseOrFail, queryObject } from "../http/params";
import { timeZoneHeader, zonedDayOf, zonedInstant } from "../http/time-zone";
import type { StoredSearch } from "../store/searches";
import { customerData, readWorld } from "./customer-data";

const BASES = ["/search/beta/transactions", "/search/v1/transactions"];
/** The spec declares one success schema, whose operation_id is the search's, for both operations. */
const SEARCH_OPERATION = "search_beta_transactions_get";
const V3 = "application/bud-transaction-v3+json";
const IDS = "application/bud-transaction-id+json";
const SUGGESTIONS = 5;
/** "At most one of" these per request (the spec's rule). */
const EXCLUSIVE = ["user_input", "merchant_name", "category_l1", "category_l2", "description", "tag"] as const;

const text = z.string().max(512, { error: "must be at most 512 characters" }).optional();
const amount = z.coerce.number({ error: "must be a number" }).refine(Number.isFinite, { error: "must be a number" });

const searchParams = z
  .object({
    user_input: text,
    merchant_name: text,
    category_l1: text,
    category_l2: text,
    description: text,
    tag: text,
    credit_debit_indicator: z.enum(["credit", "debit"]).optional(),
    amount_min: amount.min(0, { error: "must be 0 or more" }).optional(),
    amount_max: amount.gt(0, { error: "must be greater than 0" }).optional(),
    from: budDate.optional(),
    to: budDate.optional(),
    page_size: pageSize(25, 100),
    page_token: z.string().optional(),
  })
  .superRefine((query, ctx) => {
    const set = EXCLUSIVE.filter((name) => query[name] !== undefined);
    if (set.length > 1) ctx.addIssue({ code: "custom", path: ["query"], message: `at most one of ${EXCLUSIVE.join(", ")}; got ${set.join(", ")}` });
    if (query.amount_min !== undefined && query.amount_max !== undefined && query.amount_min > query.amount_max) {
      ctx.addIssue({ code: "custom", path: ["amount_min"], message: "must not be greater than amount_max" });
    }
  });

const pagingParams = z.object({ page_size: pageSize(25, 100), page_token: z.string().optional() });

/** Query values with empty ones dropped: `user_input=` is no search text. */
function nonEmptyQuery(c: Context<AppEnv>): Record<string, string> {
  return Object.fromEntries(Object.entries(queryObject(c)).filter(([, value]) => value.trim() !== ""));
}

/** The Accept header picks the result shape; a browser-style `*\/*` or JSON gets the default (full transactions). */
function resultFormat(c: Context<AppEnv>): typeof V3 | typeof IDS {
  const accepted = (c.req.header("Accept") ?? "").split(",").map((part) => part.split(";")[0]!.trim().toLowerCase());
  if (accepted.includes(V3)) return V3;
  if (accepted.includes(IDS)) return IDS;
  if (accepted.every((type) => ["", "*/*", "application/*", "application/json"].includes(type))) return V3;
  throw failedValidation({ Accept: [`must be ${V3} or ${IDS}`] });
}

function searchNotFound(): BudApiError {
  return new BudApiError(404, "not_found", "search not found; it may have expired, so search again", {});
}

export const searchRoutes = new Hono<AppEnv>();

for (const base of BASES) {
  searchRoutes.get(base, api(SEARCH_OPERATION, { customer: true }), (c) => {
    const zone = timeZoneHeader(c);
    const format = resultFormat(c);
    const params = parseOrFail(searchParams, nonEmptyQuery(c));
    const accountIds = listParam(c, "account_id");
    const data = customerData(c);
    const from = params.from ? zonedInstant(params.from, zone, "start") : defaultFrom(c, zone);
    const to = params.to ? zonedInstant(params.to, zone, "end") : zonedDayOf(c.var.deps.clock.now(), zone, "end");
    if (from > to) throw failedValidation({ from: ["must not be after to"] });
    const query: SearchQuery = {
      ...(params.user_input !== undefined && { text: { input: params.user_input, fields: "all" as const } }),
      ...(params.description !== undefined && { text: { input: params.description, fields: "description" as const } }),
      merchantName: params.merchant_name,
      categoryL1: params.category_l1,
      categoryL2: params.category_l2,
      tag: params.tag,
      accountIds,
      creditDebitIndicator: params.credit_debit_indicator,
      amountMin: params.amount_min,
      amountMax: params.amount_max,
      from,
      to,
    };
    const echo = {
      ...Object.fromEntries(EXCLUSIVE.flatMap((name) => (params[name] === undefined ? [] : [[name, params[name]]]))),
      from: isoSeconds(new Date(from * 1000)),
      to: isoSeconds(new Date(to * 1000)),
      ...(accountIds && { account_ids: accountIds }),
      ...(params.credit_debit_indicator && { credit_debit_indicator: params.credit_debit_indicator }),
      ...(params.amount_min !== undefined && { amount_min: String(params.amount_min) }),
      ...(params.amount_max !== undefined && { amount_max: String(params.amount_max) }),
    };
    const suggestions =
      params.user_input === undefined || !data
        ? []
        : data.suggestions(params.user_input, SUGGESTIONS).map((suggestion) => ({
            filter: { type: suggestion.type, value: suggestion.value, logo: suggestion.logo ?? filterIcon(c, suggestion.type) },
            url: `${base}?${new URLSearchParams({ [suggestion.type]: suggestion.value })}`,
          }));
    const search = c.var.deps.searches.create({ client_id: c.var.client.client_id, customer_id: c.var.customer.customer_id, query, echo, suggestions });
    return answer(c, search, format, params.page_size, params.page_token);
  });

  searchRoutes.get(`${base}/:search_id`, api("search_beta_transactions_search_get", { customer: true }), (c) => {
    timeZoneHeader(c);
    const format = resultFormat(c);
    const paging = parseOrFail(pagingParams, nonEmptyQuery(c));
    const search = c.var.deps.searches.get(c.var.client.client_id, c.var.customer.customer_id, c.req.param("search_id"));
    if (!search) throw searchNotFound();
    return answer(c, search, format, paging.page_size, paging.page_token);
  });
}

/** Without `from`: the start (in the zone) of the day of the customer's first transaction, or of today. */
function defaultFrom(c: Context<AppEnv>, zone: string): number {
  const first = (customerData(c)?.transactionDates() ?? []).map((dates) => Date.parse(dates.first_transaction_date));
  return zonedDayOf(first.length > 0 ? Math.min(...first) : c.var.deps.clock.now(), zone, "start");
}

/** Suggestions other than merchants carry an icon for their filter type (the spec requires a logo URL). */
function filterIcon(c: Context<AppEnv>, type: SearchField): string {
  return `${c.var.deps.publicUrl}/assets/search/${type}.svg`;
}

function answer(c: Context<AppEnv>, search: StoredSearch, format: typeof V3 | typeof IDS, size: number, token: string | undefined): Response {
  const data = customerData(c);
  if (!data && token !== undefined) throw invalidPageToken(); // a customer without data was never given a token
  const page: SearchPage = data ? readWorld(() => data.search(search.query, size, token)) : { items: [] };
  const results = page.items.map(({ transaction, matches }) =>
    format === V3 ? { matches, transaction } : { matches, transaction_id: transaction.transaction_id },
  );
  const body = {
    operation_id: SEARCH_OPERATION,
    data: { id: search.id, results, suggested_searches: search.suggestions },
    metadata: {
      query: search.echo,
      ...(page.nextPageToken !== undefined && { next_page_token: page.nextPageToken }),
      results: results.length,
      expires_in: c.var.deps.searches.expiresIn(search),
    },
  };
  return c.body(JSON.stringify(body), 200, { "Content-Type": format });
}
