import { z } from "zod";
import { Money } from "@/lib/domain";
import { byCurrencyOrder } from "@/lib/insights/counting";

/*
 * Balances over time: each account's series as Bud computes it, and the total per currency that the net worth
 * chart draws. Browser-safe.
 */

export const BalancePoint = z.object({ date: z.string(), balance: Money });
export type BalancePoint = z.infer<typeof BalancePoint>;

export const AccountBalanceSeries = z.object({ accountId: z.string(), points: z.array(BalancePoint) });
export type AccountBalanceSeries = z.infer<typeof AccountBalanceSeries>;

export interface TotalSeries {
  currency: string;
  points: { date: string; minor: number }[];
}

/**
 * The total of every account in a currency at each date any of them has a point. An account counts from its
 * first point on (before that there is no data, not a zero balance), and between its points at its latest one,
 * so accounts whose series start or step on different days still add up to a continuous line.
 */
export function totalSeries(series: readonly AccountBalanceSeries[]): TotalSeries[] {
  const currencies = [...new Set(series.flatMap((account) => account.points.map((point) => point.balance.currency)))].sort(byCurrencyOrder);
  return currencies.map((currency) => {
    const accounts = series
      .map((account) => account.points.filter((point) => point.balance.currency === currency))
      .filter((points) => points.length > 0);
    const dates = [...new Set(accounts.flatMap((points) => points.map((point) => point.date)))].sort();
    const cursors = accounts.map(() => -1);
    const points = dates.map((date) => {
      let minor = 0;
      accounts.forEach((points, index) => {
        let cursor = cursors[index] ?? -1;
        while (cursor + 1 < points.length && (points[cursor + 1]?.date ?? "") <= date) cursor += 1;
        cursors[index] = cursor;
        minor += points[cursor]?.balance.minor ?? 0;
      });
      return { date, minor };
    });
    return { currency, points };
  });
}
