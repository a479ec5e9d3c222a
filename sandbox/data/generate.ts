/**
 * Runs a profile's rules over every day of each account's window into a compact Ledger. Each (account, day) gets
 * its own generator and id namespace, keyed by (seed, customer, account, date): that is what keeps a past day's
 * transactions, ids included, identical whatever "today" is and however far a refresh extends the window.
 */
import { civil, dayOf, isoDate, SECONDS_PER_DAY } from "./calendar";
import { LedgerBuilder, type Ledger, type RowInput } from "./ledger";
import type { ProfileBuilder } from "./profile";
import { hashKey, mix, Rng } from "./random";
import type { DayContext, Emission } from "./rules";

/** Card payments from the last two days before an account's last refresh are still pending. */
const PENDING_DAYS = 2;

type Sink = (row: RowInput) => void;

/** The days one account's data covers, as day numbers. */
export interface AccountWindow {
  /** First day of history (inclusive). */
  from: number;
  /** Day of the last refresh: rows up to the day before it; the balance series runs up to it. */
  through: number;
  /** Day of the first sync: balances are placed by the history up to it (see balanceSeries). */
  placedBy: number;
}

/** `windows[i]` is account i's window; an account without one (its bank is not connected) gets no rows. */
export function generateLedger(profile: ProfileBuilder, windows: readonly (AccountWindow | undefined)[]): Ledger {
  const { seed, customerId, accounts, rules, kinds } = profile;
  const flowCache = new Map<number, number>();

  const runDay = (account: number, day: number, sink: Sink): void => {
    const dayKey = hashKey(seed, customerId, accounts[account]!.spec.key, isoDate(day));
    let sequence = 0;
    const ctx: DayContext = {
      day,
      date: civil(day),
      rng: new Rng(dayKey),
      account,
      emit({ account: target = account, kind, amount, time, variant = 0 }: Emission) {
        sequence++;
        sink({ account: target, kind, amount, time, variant, id1: mix(dayKey, 2 * sequence), id2: mix(dayKey, 2 * sequence + 1) });
      },
      flows: (other, from, to) => {
        let total = 0;
        for (let d = from; d <= to; d++) total += dayFlow(other, d);
        return total;
      },
      noise: (...parts) => hashKey(seed, customerId, ...parts) / 4_294_967_296,
    };
    for (const rule of rules[account]!) rule(ctx);
  };

  /** What an account's own rules add to it on one day (memoised: card statements re-read the same days). */
  const dayFlow = (account: number, day: number): number => {
    const key = day * 256 + account;
    let total = flowCache.get(key);
    if (total === undefined) {
      total = 0;
      runDay(account, day, (row) => {
        if (row.account === account) total! += row.amount;
      });
      flowCache.set(key, total);
    }
    return total;
  };

  const builder = new LedgerBuilder();
  // A transfer's second leg lands only inside the receiving account's own window.
  const push: Sink = (row) => {
    const window = windows[row.account];
    const day = Math.floor(row.time / SECONDS_PER_DAY);
    if (window && day >= window.from && day < window.through) builder.push(row);
  };
  accounts.forEach((handle, account) => {
    const window = windows[account];
    if (!window) return;
    for (let day = Math.max(window.from, dayOf(handle.spec.openedOn)); day < window.through; day++) runDay(account, day, push);
  });
  const pendingFrom = windows.map((window) => ((window?.through ?? 0) - PENDING_DAYS) * SECONDS_PER_DAY);
  return builder.finish(
    (kind, time, amount, account) => time >= pendingFrom[account]! && amount < 0 && kinds.kinds[kind]?.budCode === "DEB",
  );
}
