/**
 * Runs a profile's rules over every day of the history window into a compact Ledger. Each (account, day) gets
 * its own generator and id namespace, keyed by (seed, customer, account, date): that is what keeps a past day's
 * transactions, ids included, identical whatever "today" is.
 */
import { civil, dayOf, isoDate, SECONDS_PER_DAY } from "./calendar";
import { LedgerBuilder, type Ledger, type RowInput } from "./ledger";
import type { ProfileBuilder } from "./profile";
import { hashKey, mix, Rng } from "./random";
import type { DayContext, Emission } from "./rules";

/** Card payments from the last two days are still pending at the world's clock. */
const PENDING_DAYS = 2;

type Sink = (row: RowInput) => void;

export function generateLedger(profile: ProfileBuilder, startDay: number, today: number): Ledger {
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
  const push: Sink = (row) => builder.push(row);
  const opened = accounts.map((handle) => dayOf(handle.spec.openedOn));
  for (let day = startDay; day < today; day++) {
    for (let account = 0; account < accounts.length; account++) if (day >= opened[account]!) runDay(account, day, push);
  }
  const pendingFrom = (today - PENDING_DAYS) * SECONDS_PER_DAY;
  return builder.finish((kind, time, amount) => time >= pendingFrom && amount < 0 && kinds.kinds[kind]?.budCode === "DEB");
}
