import type { Account } from "@/lib/domain";
import { totalSeries, type AccountBalanceSeries } from "@/lib/insights/balances";
import type { Granularity } from "@/lib/periods";

/*
 * What the balance chart draws for one currency: the total line, or one line per account, as rows of values
 * keyed by date. Browser-safe; the chart and its table are laid out from the same rows.
 */

export const BALANCE_PERIODS = [
  { value: "1m", label: "1M", description: "last month" },
  { value: "3m", label: "3M", description: "last 3 months" },
  { value: "6m", label: "6M", description: "last 6 months" },
  { value: "1y", label: "1Y", description: "last year" },
  { value: "ytd", label: "YTD", description: "year to date" },
] as const;
export type BalancePeriod = (typeof BALANCE_PERIODS)[number]["value"];
export const DEFAULT_BALANCE_PERIOD: BalancePeriod = "3m";

export interface BalanceLines {
  currency: string;
  lines: { key: string; label: string }[];
  rows: { date: string; values: Record<string, number> }[];
}

export const TOTAL_LINE = "total";

/** The total of the accounts per currency, leaving out the ones the customer hides from totals. */
export function totalLines(series: readonly AccountBalanceSeries[], hidden: ReadonlySet<string> = new Set()): BalanceLines[] {
  return totalSeries(series.filter((account) => !hidden.has(account.accountId))).map(({ currency, points }) => ({
    currency,
    lines: [{ key: TOTAL_LINE, label: "Total" }],
    rows: points.map((point) => ({ date: point.date, values: { [TOTAL_LINE]: point.minor } })),
  }));
}

/** One line per account in `currency`, named from the account list; a hidden account's name says so. */
export function accountLines(series: readonly AccountBalanceSeries[], accounts: readonly Account[], currency: string): BalanceLines {
  const inCurrency = series.filter((account) => account.points.some((point) => point.balance.currency === currency));
  const dates = [...new Set(inCurrency.flatMap((account) => account.points.map((point) => point.date)))].sort();
  return {
    currency,
    lines: inCurrency.map((account) => {
      const named = accounts.find((candidate) => candidate.id === account.accountId);
      const name = named?.name ?? "Account";
      return { key: account.accountId, label: named?.hiddenFromTotals ? `${name} (hidden from totals)` : name };
    }),
    rows: dates.map((date) => ({
      date,
      values: Object.fromEntries(
        inCurrency.flatMap((account) => {
          const point = account.points.find((candidate) => candidate.date === date);
          return point ? [[account.accountId, point.balance.minor]] : [];
        }),
      ),
    })),
  };
}

/** Daily and weekly points are labelled by day, monthly ones by month. */
export function pointLabelKind(granularity: Granularity): "day" | "month" {
  return granularity === "monthly" ? "month" : "day";
}
