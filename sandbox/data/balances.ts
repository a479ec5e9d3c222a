/**
 * Balances derived from the ledger, the way Bud computes historical balances: one end-of-day booked balance per
 * day of the transaction window, so today's booked balance minus everything booked after day D is the balance
 * at the end of D. Pending rows only move today's pending balance.
 */
import { civil, dayFromCivil, SECONDS_PER_DAY } from "./calendar";
import type { AccountWindow } from "./generate";
import type { Ledger } from "./ledger";
import type { AccountSpec } from "./profile";
import type { Granularity } from "./world";

export interface BalanceSeries {
  startDay: number;
  /** End-of-day booked balance (minor units, signed) for startDay … the account's last refresh, one per day. */
  booked: Float64Array;
  /** Sum of the account's pending rows: today's pending balance is the last booked value plus this. */
  pending: number;
}

/**
 * Builds every account's series in one pass over the ledger (an account without a window gets an empty one).
 * The opening balance follows the account's policy (e.g. a savings account never below zero, a card never in
 * credit) over the history up to the first sync, so today's balance is where that leads, and a refresh that
 * extends the window adds to the balances without moving the ones already seen.
 */
export function balanceSeries(ledger: Ledger, specs: readonly AccountSpec[], windows: readonly (AccountWindow | undefined)[]): BalanceSeries[] {
  const series = specs.map((_, index) => {
    const window = windows[index];
    const days = window ? window.through - window.from + 1 : 0;
    return { startDay: window?.from ?? 0, booked: new Float64Array(days), pending: 0 };
  });
  for (let i = 0; i < ledger.length; i++) {
    const account = series[ledger.account[i]!]!;
    if (ledger.pending[i]) account.pending += ledger.amount[i]!;
    else account.booked[Math.floor(ledger.time[i]! / SECONDS_PER_DAY) - account.startDay]! += ledger.amount[i]!;
  }
  series.forEach((account, index) => {
    const { opening, floor = -Infinity, ceiling = Infinity } = specs[index]!.balance;
    const days = account.booked.length;
    const placedDays = Math.min(days, (windows[index]?.placedBy ?? 0) - account.startDay + 1);
    let running = 0;
    let lowest = 0;
    let highest = 0;
    for (let d = 0; d < days; d++) {
      running += account.booked[d]!;
      account.booked[d] = running;
      if (d >= placedDays) continue;
      lowest = Math.min(lowest, running);
      highest = Math.max(highest, running);
    }
    // Without an opening balance the history is placed so it just touches its floor (or else its ceiling).
    const placed = opening ?? (Number.isFinite(floor) ? floor - lowest : Number.isFinite(ceiling) ? ceiling - highest : 0);
    const start = Math.min(Math.max(placed, floor - lowest), ceiling - highest);
    for (let d = 0; d < days; d++) account.booked[d]! += start;
  });
  return series;
}

/** Bud caps balances-over-time at 5000 data points. */
export const MAX_BALANCE_POINTS = 5000;

/** Last day of the bucket that `day` falls in. Weeks end on Sunday; fortnights pair ISO weeks from 1970-01-05. */
export function bucketEnd(day: number, granularity: Granularity): number {
  const { year, month, weekday } = civil(day);
  const monthEnd = (months: number) => dayFromCivil(year, month + months, 1) - 1;
  switch (granularity) {
    case "daily":
      return day;
    case "weekly":
      return day + 6 - weekday;
    case "biweekly":
      return day + 6 - weekday + (Math.floor((day - 4) / 7) % 2 === 0 ? 7 : 0);
    case "monthly":
      return monthEnd(1);
    case "quarterly":
      return monthEnd(3 - ((month - 1) % 3));
    case "six_monthly":
      return monthEnd(6 - ((month - 1) % 6));
    case "annually":
      return dayFromCivil(year, 12, 31);
  }
}

/**
 * The days whose end-of-day balance represents each bucket between `from` and `to` (inclusive, ascending):
 * each bucket's last day, or `to` for the last, unfinished bucket. At most MAX_BALANCE_POINTS.
 */
export function bucketDays(from: number, to: number, granularity: Granularity): number[] {
  const days: number[] = [];
  for (let day = from; day <= to && days.length < MAX_BALANCE_POINTS; day = bucketEnd(day, granularity) + 1) {
    days.push(Math.min(bucketEnd(day, granularity), to));
  }
  return days;
}

