import "server-only";
import { accountOf } from "@/lib/accounts";
import { categoryTotals, categoryTrends, type CategoryTotalsRequest } from "@/lib/bud/aggregations";
import { balancesOverTime } from "@/lib/bud/balances";
import type { BudCustomer } from "@/lib/bud/client";
import { merchantTotals } from "@/lib/bud/merchants";
import { futureTransactions, subscriptionPayments } from "@/lib/bud/smart-finders";
import { getBudCustomer } from "@/lib/customer-link";
import { OWN_ACCOUNT_TRANSFER_CATEGORIES } from "@/lib/insights/counting";
import {
  granularityFor,
  londonToday,
  monthRange,
  monthToDateComparison,
  periodSchema,
  rangeInstants,
  resolvePeriod,
  shiftMonths,
  wholeMonthsBefore,
  type DateRange,
} from "@/lib/periods";
import type {
  BalanceHistoryQuery,
  BalanceHistoryResult,
  CategoryFlowsResult,
  EssentialSplitResult,
  InsightQuery,
  MerchantTotalsResult,
  MonthComparisonResult,
  PeriodQuery,
  SpendingTrendsResult,
  UpcomingResult,
} from "@/lib/schemas/insights";

/*
 * The server half of every insight: callers pass a parsed query (lib/schemas/insights.ts), the customer comes
 * from the session's user, and every aggregation excludes own-account transfers (lib/insights/counting.ts).
 */

/** How many months the average in the month-to-date comparison and the spending trend cover. */
export const HISTORY_MONTHS = 6;

function rangeOf(period: string): DateRange {
  return resolvePeriod(periodSchema.parse(period), londonToday());
}

/** The customer, after checking that a requested account is theirs (someone else's or unknown: NotFoundError). */
async function customerFor(userId: string, accountId?: string): Promise<BudCustomer> {
  const customer = await getBudCustomer(userId);
  if (accountId) await accountOf(customer, accountId);
  return customer;
}

function totalsRequest(range: DateRange, accountId?: string): CategoryTotalsRequest {
  return { ...rangeInstants(range), excludeCategories: OWN_ACCOUNT_TRANSFER_CATEGORIES, accountId };
}

async function flowsIn(customer: BudCustomer, range: DateRange, accountId?: string): Promise<CategoryFlowsResult> {
  return { ...range, flows: await categoryTotals(customer, totalsRequest(range, accountId)) };
}

/** Every category's money in and out over a period: spending by category and money in vs out both read it. */
export async function getCategoryFlows(userId: string, query: InsightQuery): Promise<CategoryFlowsResult> {
  return flowsIn(await customerFor(userId, query.account_id), rangeOf(query.period), query.account_id);
}

/** This month so far, the same days of last month, and each of the whole months before, in parallel. */
export async function getMonthComparison(userId: string): Promise<MonthComparisonResult> {
  const customer = await getBudCustomer(userId);
  const today = londonToday();
  const { current, previous } = monthToDateComparison(today);
  const [now, before, ...months] = await Promise.all([
    flowsIn(customer, current),
    flowsIn(customer, previous),
    ...wholeMonthsBefore(today, HISTORY_MONTHS).map((month) => flowsIn(customer, month)),
  ]);
  return { current: now!, previous: before!, months };
}

/** Every account's balance over a period, at the spacing asked for or the one that fits. */
export async function getBalanceHistory(userId: string, query: BalanceHistoryQuery): Promise<BalanceHistoryResult> {
  const customer = await getBudCustomer(userId);
  const range = rangeOf(query.period);
  const granularity = query.granularity ?? granularityFor(range);
  const accounts = await balancesOverTime(customer, { ...rangeInstants(range), granularity });
  return { ...range, granularity, accounts };
}

/** Spending per merchant over a period. */
export async function getMerchantTotals(userId: string, query: PeriodQuery): Promise<MerchantTotalsResult> {
  const customer = await getBudCustomer(userId);
  const range = rangeOf(query.period);
  return { ...range, merchants: await merchantTotals(customer, { ...range, excludeCategories: OWN_ACCOUNT_TRANSFER_CATEGORIES }) };
}

/**
 * Spending on essentials and on everything else, from category totals filtered by label rather than Bud's
 * essential statistics, which cannot leave out own-account transfers.
 */
export async function getEssentialSplit(userId: string, query: InsightQuery): Promise<EssentialSplitResult> {
  const customer = await customerFor(userId, query.account_id);
  const range = rangeOf(query.period);
  const [essential, nonessential] = await Promise.all(
    (["essential", "nonessential"] as const).map((label) =>
      categoryTotals(customer, { ...totalsRequest(range, query.account_id), categoryLabel: label }),
    ),
  );
  return { ...range, essential: essential ?? [], nonessential: nonessential ?? [] };
}

/** Monthly totals for the months leading up to the end of a period, this one included. */
export async function getSpendingTrends(userId: string, query: InsightQuery): Promise<SpendingTrendsResult> {
  const customer = await customerFor(userId, query.account_id);
  const { to } = rangeOf(query.period);
  const range = { from: monthRange(shiftMonths(to, 1 - HISTORY_MONTHS).slice(0, 7)).from, to };
  const buckets = await categoryTrends(customer, { ...totalsRequest(range, query.account_id), granularity: "monthly" });
  return { ...range, buckets };
}

/** How far ahead the calendar looks, in months (this one included). */
export const UPCOMING_MONTHS = 3;

/**
 * Bud's projected recurring payments for the next three months, each marked when Bud also recognises its latest
 * payment as a subscription (seen over the last quarter, so quarterly ones count).
 */
export async function getUpcoming(userId: string): Promise<UpcomingResult> {
  const customer = await getBudCustomer(userId);
  const today = londonToday();
  const [series, subscriptions] = await Promise.all([
    futureTransactions(customer, UPCOMING_MONTHS),
    subscriptionPayments(customer, { from: shiftMonths(today, -3), to: today }),
  ]);
  return {
    today,
    series: series.map((item) => ({
      ...item,
      subscription: subscriptions.has(item.lastTransactionId),
      merchant: subscriptions.get(item.lastTransactionId) ?? null,
    })),
  };
}
