import type { Account, AccountKind, Money } from "@/lib/domain";
import { currencyExponent } from "@/lib/money";
import { shiftDays, type IsoDate } from "@/lib/periods";
import { COMING_UP_DAYS, seriesName, type ExpectedSeries } from "@/lib/insights/upcoming";

/*
 * "Your balance may not cover …": each current account's booked balance (the figure its card leads with) walked
 * forward through what is expected on that account over the "Coming up" fortnight, to the first bill that would
 * take it below zero, with an account of the user's that could cover it. Own-account transfers count here, unlike
 * in every total: they move this account's money all the same. Accounts hidden from totals are warned about too:
 * a bounced bill is the user's problem whatever the totals show. Browser-safe.
 */

export interface Shortfall {
  account: Account;
  payment: { description: string; date: IsoDate; amount: Money };
  /** How far below zero the payment takes the balance (positive). */
  short: Money;
  /** `short` rounded up to the whole pound/euro: the amount to move. */
  shortfall: Money;
  /** Another account in the same currency that holds `shortfall`, savings first; null when none does. */
  source: Account | null;
}

/** Where money may come from, in order of preference: cards and loans lend rather than hold it. */
const SOURCE_KINDS: readonly AccountKind[] = ["savings", "current"];

const usable = (account: Account): account is Account & { booked: Money } =>
  !account.isClosed && account.booked !== null && account.booked.currency === account.currency;

/** Up to the next whole major unit: 2340 pence → 2400. */
function roundUpToMajor({ minor, currency }: Money): Money {
  const unit = 10 ** currencyExponent(currency);
  return { minor: Math.ceil(minor / unit) * unit, currency };
}

/** The first expected debit in the fortnight from `today` that takes `account` below zero, or null. */
function firstShortfall(account: Account & { booked: Money }, series: readonly ExpectedSeries[], today: IsoDate) {
  const last = shiftDays(today, COMING_UP_DAYS - 1);
  const moves = series
    .filter((item) => item.accountId === account.id)
    .flatMap((item) =>
      item.dates
        .filter(({ date, amount }) => date >= today && date <= last && amount.currency === account.booked.currency)
        .map(({ date, amount }) => ({ description: seriesName(item), date, amount })),
    )
    // The order within a day is the bank's to choose; money in first avoids warning about a bill the salary
    // arriving that morning pays.
    .sort((a, b) => a.date.localeCompare(b.date) || b.amount.minor - a.amount.minor);
  let balance = account.booked.minor;
  for (const move of moves) {
    balance += move.amount.minor;
    if (move.amount.minor < 0 && balance < 0) return { payment: move, short: { minor: -balance, currency: account.booked.currency } };
  }
  return null;
}

/** At most one warning per current account, in the accounts' order. */
export function shortfalls(accounts: readonly Account[], series: readonly ExpectedSeries[], today: IsoDate): Shortfall[] {
  const found = accounts
    .filter(usable)
    .filter((account) => account.kind === "current")
    .flatMap((account) => {
      const first = firstShortfall(account, series, today);
      return first ? [{ account, ...first, shortfall: roundUpToMajor(first.short) }] : [];
    });
  const short = new Set(found.map(({ account }) => account.id));
  return found.map((warning) => ({ ...warning, source: sourceFor(warning.shortfall, accounts, short) }));
}

/**
 * The account to move `amount` from: same currency, holds at least `amount`, not itself short this fortnight;
 * savings before current, and the fullest of a kind.
 */
function sourceFor(amount: Money, accounts: readonly Account[], short: ReadonlySet<string>): Account | null {
  const candidates = accounts
    .filter(usable)
    .filter(
      (account) =>
        SOURCE_KINDS.includes(account.kind) &&
        !account.isLiability &&
        !short.has(account.id) &&
        account.booked.currency === amount.currency &&
        account.booked.minor >= amount.minor,
    )
    .sort((a, b) => SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind) || b.booked.minor - a.booked.minor);
  return candidates[0] ?? null;
}
