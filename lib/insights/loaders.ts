import "server-only";
import { accountOf } from "@/lib/accounts";
import { categoryTotals, categoryTrends, type CategoryTotalsRequest } from "@/lib/bud/aggregations";
import { balancesOverTime } from "@/lib/bud/balances";
import { merchantTotals } from "@/lib/bud/merchants";
import { futureTransactions, subscriptionPayments } from "@/lib/bud/smart-finders";
import { getBudCustomer } from "@/lib/customer-link";
import { OWN_ACCOUNT_TRANSFER_CATEGORIES, type CategoryFlow } from "@/lib/insights/counting";
import { totalsFromFlows, totalsFromMerchants, type TransactionTotals } from "@/lib/insights/filter-totals";
import { countingScope, type CountingScope as Scope } from "@/lib/insights/scope";
import {
  granularityFor,
  londonToday,
  MAX_RANGE_DAYS,
  monthRange,
  monthToDateComparison,
  rangeInstants,
  resolvePeriod,
  shiftDays,
  shiftMonths,
  wholeMonthsBefore,
  type DateRange,
} from "@/lib/periods";
import { periodSchema } from "@/lib/schemas/period";
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
import { needsSearch } from "@/lib/rules/transaction-filters";
import type { TransactionFilterQuery } from "@/lib/schemas/transactions";

/*
 * The server half of every insight: callers pass a parsed query (lib/schemas/insights.ts), the customer comes
 * from the session's user, and every aggregation excludes own-account transfers (lib/insights/counting.ts).
 */

/** How many months the average in the month-to-date comparison and the spending trend cover. */
export const HISTORY_MONTHS = 6;

function rangeOf(period: string): DateRange {
  return resolvePeriod(periodSchema.parse(period), londonToday());
}

/**
 * The customer and the accounts a total covers: the one asked for (after checking it is theirs: someone else's or
 * unknown is a NotFoundError), even when hidden, since its own page shows its figures; else the counted ones.
 */
async function scopeFor(userId: string, accountId?: string): Promise<Scope> {
  if (!accountId) return countingScope(userId);
  const customer = await getBudCustomer(userId);
  await accountOf(customer, accountId);
  return { customer, accountIds: [accountId] };
}

function totalsRequest(range: DateRange, accountIds: string[] | undefined): CategoryTotalsRequest {
  return { ...rangeInstants(range), excludeCategories: OWN_ACCOUNT_TRANSFER_CATEGORIES, accountIds };
}

/** Category totals over the scope's accounts; with every account hidden there is nothing to ask Bud for. */
async function totalsIn({ customer, accountIds }: Scope, request: CategoryTotalsRequest): Promise<CategoryFlow[]> {
  return accountIds?.length === 0 ? [] : categoryTotals(customer, request);
}

async function flowsIn(scope: Scope, range: DateRange): Promise<CategoryFlowsResult> {
  return { ...range, flows: await totalsIn(scope, totalsRequest(range, scope.accountIds)) };
}

/** Every category's money in and out over a period: spending by category and money in vs out both read it. */
export async function getCategoryFlows(userId: string, query: InsightQuery): Promise<CategoryFlowsResult> {
  return flowsIn(await scopeFor(userId, query.account_id), rangeOf(query.period));
}

/** This month so far, the same days of last month, and each of the whole months before, in parallel. */
export async function getMonthComparison(userId: string): Promise<MonthComparisonResult> {
  const scope = await scopeFor(userId);
  const today = londonToday();
  const { current, previous } = monthToDateComparison(today);
  const [now, before, ...months] = await Promise.all([
    flowsIn(scope, current),
    flowsIn(scope, previous),
    ...wholeMonthsBefore(today, HISTORY_MONTHS).map((month) => flowsIn(scope, month)),
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

/** Spending per merchant over a period, from every account: Bud cannot leave hidden ones out here (see the README). */
export async function getMerchantTotals(userId: string, query: PeriodQuery): Promise<MerchantTotalsResult> {
  const customer = await getBudCustomer(userId);
  const range = rangeOf(query.period);
  const [merchants, { accountIds }] = await Promise.all([
    merchantTotals(customer, { ...range, excludeCategories: OWN_ACCOUNT_TRANSFER_CATEGORIES }),
    countingScope(userId),
  ]);
  return { ...range, merchants, includesHiddenAccounts: accountIds !== undefined };
}

/**
 * Spending on essentials and on everything else, from category totals filtered by label rather than Bud's
 * essential statistics, which cannot leave out own-account transfers.
 */
export async function getEssentialSplit(userId: string, query: InsightQuery): Promise<EssentialSplitResult> {
  const scope = await scopeFor(userId, query.account_id);
  const range = rangeOf(query.period);
  const [essential, nonessential] = await Promise.all(
    (["essential", "nonessential"] as const).map((label) =>
      totalsIn(scope, { ...totalsRequest(range, scope.accountIds), categoryLabel: label }),
    ),
  );
  return { ...range, essential: essential ?? [], nonessential: nonessential ?? [] };
}

/** Monthly totals for the months leading up to the end of a period, this one included. */
export async function getSpendingTrends(userId: string, query: InsightQuery): Promise<SpendingTrendsResult> {
  const scope = await scopeFor(userId, query.account_id);
  const { to } = rangeOf(query.period);
  const range = { from: monthRange(shiftMonths(to, 1 - HISTORY_MONTHS).slice(0, 7)).from, to };
  const buckets =
    scope.accountIds?.length === 0
      ? []
      : await categoryTrends(scope.customer, { ...totalsRequest(range, scope.accountIds), granularity: "monthly" });
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

/**
 * The transaction list's filters added up by the rule every insight uses, so a number clicked in an insight is the
 * total its list shows. The days are the filter's own (from the earliest day a range may start, and to today, when
 * left open); free text, amount ranges and booked-or-pending have no Bud total, and say so.
 */
export async function getTransactionTotals(userId: string, filters: TransactionFilterQuery): Promise<TransactionTotals> {
  if (needsSearch(filters)) return { kind: "none", reason: "search" };
  if (filters.status !== undefined) return { kind: "none", reason: "status" };
  const to = filters.to ?? londonToday();
  const range = { from: filters.from ?? shiftDays(to, 1 - MAX_RANGE_DAYS), to };
  // Only a start after today (with the end left open) gets here reversed: no day is in it, so nothing adds up.
  if (range.from > range.to) return totalsFromFlows([], filters, false);
  if (filters.merchant !== undefined) {
    const narrowed = filters.account_id ?? filters.category_l1 ?? filters.category_l2 ?? filters.direction;
    if (narrowed !== undefined) return { kind: "none", reason: "merchant_combined" };
    const customer = await getBudCustomer(userId);
    return totalsFromMerchants(await merchantTotals(customer, { ...range, excludeCategories: OWN_ACCOUNT_TRANSFER_CATEGORIES }), filters.merchant);
  }
  const scope = await scopeFor(userId, filters.account_id);
  const flows = await totalsIn(scope, totalsRequest(range, scope.accountIds));
  return totalsFromFlows(flows, filters, filters.account_id === undefined && scope.accountIds !== undefined);
}
