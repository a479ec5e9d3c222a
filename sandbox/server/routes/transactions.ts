/**
 * GET /financial/v2/transactions ([CUS]): every filter Bud documents, token paging (default 100, max 200), and
 * next_page_token omitted on the last page. Paging and ordering belong to the world, which issued the token.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { TransactionPage } from "../../data/world";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { budDate, rfc3339 } from "../http/dates";
import { ok } from "../http/envelope";
import { invalidPageToken } from "../http/errors";
import { enumListParam, listParam, pageSize, parseOrFail, queryObject } from "../http/params";
import { customerData, readWorld } from "./customer-data";

const transactionsQuery = z.object({
  date_from: budDate.optional(),
  date_to: budDate.optional(),
  page_size: pageSize(100, 200),
  page_token: z.string().optional(),
  account_id: z.string().optional(),
  merchant: z.string().optional(),
  category_l1: z.string().optional(),
  category_l2: z.string().optional(),
  credit_debit_indicator: z.enum(["credit", "debit"]).optional(),
  updated_after: rfc3339.optional(),
});

export const transactionRoutes = new Hono<AppEnv>();

transactionRoutes.get("/financial/v2/transactions", api("v2_transactions_get", { customer: true }), (c) => {
  const query = parseOrFail(transactionsQuery, queryObject(c));
  const statuses = enumListParam(c, "status", ["booked", "pending", "declined"]);
  const data = customerData(c);
  let page: TransactionPage = { items: [] };
  if (data) {
    const filters = {
      accountId: query.account_id,
      dateFrom: query.date_from,
      dateTo: query.date_to,
      merchant: query.merchant,
      categoryL1: query.category_l1,
      categoryL2: query.category_l2,
      includeTags: listParam(c, "include_tags"),
      excludeTags: listParam(c, "exclude_tags"),
      creditDebitIndicator: query.credit_debit_indicator,
      statuses,
      updatedAfter: query.updated_after,
    };
    page = readWorld(() => data.transactions(filters, query.page_size, query.page_token));
  } else if (query.page_token !== undefined) {
    throw invalidPageToken(); // a customer without data was never given a token
  }
  return ok(c, page.items, {
    results: page.items.length,
    ...(page.nextPageToken !== undefined && { next_page_token: page.nextPageToken }),
    // Seeded transactions are never edited or deleted, so a change feed has nothing deleted to report.
    ...(query.updated_after !== undefined && { updated_after: query.updated_after, deleted: [] }),
  });
});
