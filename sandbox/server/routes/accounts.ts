/**
 * Accounts V3 ([CUS]): the list with its filters, one account, and the per-account transaction date range.
 * A customer without connected banks gets empty lists.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { WireAccount } from "../../data/world";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { chronological } from "../http/dates";
import { ok } from "../http/envelope";
import { accountNotFound } from "../http/errors";
import { listParam, parseOrFail, queryObject } from "../http/params";
import { customerData } from "./customer-data";

const includeAllQuery = z.object({
  include_all_balances: z
    .enum(["true", "false"], { error: "must be true or false" })
    .transform((value) => value === "true")
    .default(false),
});

export const accountRoutes = new Hono<AppEnv>();

accountRoutes.get("/financial/v3/accounts", api("financial_v3_accounts_get", { customer: true }), (c) => {
  const { include_all_balances } = parseOrFail(includeAllQuery, queryObject(c));
  const filters = {
    currencies: listParam(c, "currency"),
    providers: listParam(c, "provider"),
    account_types: listParam(c, "account_type"),
    usage_types: listParam(c, "usage_type"),
    holder_types: listParam(c, "holder_relationship_type"),
  };
  const accounts = (customerData(c)?.accounts({ includeAllBalances: include_all_balances }) ?? []).filter(
    (account) =>
      matches(filters.currencies, account.currency) &&
      matches(filters.providers, account.provider) &&
      matches(filters.account_types, account.account_type) &&
      matches(filters.usage_types, account.usage_type) &&
      (!filters.holder_types || holderRelationships(account).some((type) => filters.holder_types?.includes(type))),
  );
  const parameters = Object.fromEntries(Object.entries(filters).filter(([, values]) => values !== undefined));
  return ok(c, accounts, { parameters: { ...parameters, include_all_balances }, results: accounts.length });
});

// Registered before /{account_id} so "transaction-dates" is not taken for an account id.
accountRoutes.get(
  "/financial/v3/accounts/transaction-dates",
  api("financial_v3_accounts_transaction_dates_get", { customer: true }),
  (c) => {
    const dates = customerData(c)?.transactionDates() ?? [];
    const first = chronological(dates.map((account) => account.first_transaction_date))[0];
    const last = chronological(dates.map((account) => account.last_transaction_date)).at(-1);
    return ok(c, dates, {
      results: dates.length,
      ...(first !== undefined && { first_transaction_date: first }),
      ...(last !== undefined && { last_transaction_date: last }),
    });
  },
);

accountRoutes.get("/financial/v3/accounts/:account_id", api("financial_v3_accounts_account_id_get", { customer: true }), (c) => {
  const accountId = c.req.param("account_id");
  const account = customerData(c)?.account(accountId);
  // The spec declares no 404 here; Bud's account_not_found body (from the balances-by-account operation) is used.
  if (!account) throw accountNotFound();
  return ok(c, account, { parameters: { account_id: accountId }, results: 1 });
});

function matches(wanted: string[] | undefined, value: string | undefined): boolean {
  return !wanted || (value !== undefined && wanted.includes(value));
}

/** "If parties data is not present, this will always be `unknown`." */
function holderRelationships(account: WireAccount): string[] {
  const holders = account.holders ?? [];
  return holders.length > 0 ? holders.map((holder) => holder.relationship ?? "unknown") : ["unknown"];
}

