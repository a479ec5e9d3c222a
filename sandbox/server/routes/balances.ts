/**
 * Balances over time V3 ([CUS]), for every account or one. The world computes the end-of-day points; this file
 * adds Bud's parameters, the 5000-point cap and the per-account summary (count, range, min and max balance).
 */
import { Hono, type Context } from "hono";
import { z } from "zod";
import type { Granularity, WireBalancePoint } from "../../data/world";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { budDate, chronological } from "../http/dates";
import { ok } from "../http/envelope";
import { accountNotFound } from "../http/errors";
import { parseOrFail, queryObject } from "../http/params";
import { customerData, readWorld } from "./customer-data";

const GRANULARITIES = [
  "daily",
  "weekly",
  "biweekly",
  "monthly",
  "quarterly",
  "six_monthly",
  "annually",
] as const satisfies Granularity[];

/** "Results are limited to up to 5000 balance items across all accounts." */
const MAX_POINTS = 5000;

const balancesQuery = z.object({
  from: budDate.optional(),
  to: budDate.optional(),
  granularity: z.enum(GRANULARITIES).default("weekly"),
  // Deprecated and without effect on computed end-of-day balances, but still validated as Bud does.
  "date-field": z.enum(["date_time", "posted_date_time"]).optional(),
});

type BalancesQuery = z.output<typeof balancesQuery>;

export const balanceRoutes = new Hono<AppEnv>();

balanceRoutes.get("/financial/v3/balances", api("financial_v3_balances_get", { customer: true }), (c) => {
  const query = parseOrFail(balancesQuery, queryObject(c));
  const data = customerData(c);
  let remaining = MAX_POINTS;
  const series = (data?.accounts() ?? []).map((account) => {
    const computed = readWorld(() => data?.balances(account.account_id, query.from, query.to, query.granularity) ?? []);
    const points = computed.slice(0, remaining);
    remaining -= points.length;
    return { account_id: account.account_id, balances: points };
  });
  const parameters = rangeParameters(c, query, series.flatMap((entry) => entry.balances));
  const accounts = Object.fromEntries(series.map((entry) => [entry.account_id, summarise(entry.balances, parameters)]));
  return ok(c, series, { accounts, parameters: { ...parameters, granularity: query.granularity } });
});

balanceRoutes.get(
  "/financial/v3/accounts/:account_id/balances",
  api("financial_v3_accounts_balances_get", { customer: true }),
  (c) => {
    const query = parseOrFail(balancesQuery, queryObject(c));
    const accountId = c.req.param("account_id");
    const data = customerData(c);
    if (!data?.account(accountId)) throw accountNotFound();
    const points = readWorld(() => data.balances(accountId, query.from, query.to, query.granularity)).slice(0, MAX_POINTS);
    const parameters = rangeParameters(c, query, points);
    return ok(c, points, {
      accounts: summarise(points, parameters),
      parameters: { ...parameters, granularity: query.granularity, account_id: accountId },
    });
  },
);

/** The requested range, defaulting to the data's own range and the stand-in clock's today. */
function rangeParameters(c: Context<AppEnv>, query: BalancesQuery, points: WireBalancePoint[]) {
  const to = query.to ?? `${c.var.deps.clock.today()}T23:59:59Z`;
  return { from: query.from ?? chronological(points.map((point) => point.date))[0] ?? to, to };
}

function summarise(points: WireBalancePoint[], range: { from: string; to: string }) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return { ...range, balance_count: 0 };
  const sorted = [...points].sort((a, b) => compare(signedMicros(a), signedMicros(b)));
  return {
    from: first.date,
    to: last.date,
    balance_count: points.length,
    min_balance: signedAmount(sorted[0] ?? first),
    max_balance: signedAmount(sorted.at(-1) ?? last),
  };
}

/** The booked balance in millionths, signed by its indicator; integer arithmetic, so no rounding surprises. */
function signedMicros(point: WireBalancePoint): bigint {
  const [whole = "0", fraction = ""] = point.booked.amount.value.replace(/^-/, "").split(".");
  const micros = BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, "0").slice(0, 6));
  return point.booked.credit_debit_indicator === "debit" ? -micros : micros;
}

function compare(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** min/max_balance carry no indicator of their own, so an overdrawn balance is written with a minus sign. */
function signedAmount(point: WireBalancePoint) {
  const { value, currency } = point.booked.amount;
  const negative = signedMicros(point) < 0n;
  return { value: negative ? `-${value.replace(/^-/, "")}` : value, currency };
}
