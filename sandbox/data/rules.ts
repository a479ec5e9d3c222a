/**
 * The vocabulary the customer profiles are written in. A rule looks at one calendar day of one account and
 * emits that day's transactions; its randomness comes only from the day's own generator, keyed by
 * (seed, customer, account, date), so a day never changes when the history window moves.
 */
import { dayFromCivil, dayOf, daysInMonth, toWorkingDay, ukUtcOffsetHours, type Civil } from "./calendar";
import type { Rng } from "./random";

export interface Emission {
  /** Defaults to the account whose rules are running; a transfer's second leg names the other account. */
  account?: number;
  kind: number;
  /** Signed minor units: credits positive. */
  amount: number;
  /** Epoch seconds. */
  time: number;
  variant?: number;
}

export interface DayContext {
  readonly day: number;
  readonly date: Civil;
  readonly rng: Rng;
  readonly account: number;
  emit(emission: Emission): void;
  /** Net of `account`'s own rules over days [from, to]: what a card statement adds up. */
  flows(account: number, from: number, to: number): number;
  /** A stable number in [0, 1) for (customer, ...parts): yearly price rises, trip dates. */
  noise(...parts: readonly (string | number)[]): number;
}

export type Rule = (ctx: DayContext) => void;
export type Schedule = (ctx: DayContext) => boolean;
/** A positive amount in minor units. */
export type Amount = (ctx: DayContext) => number;
/** Local hours [from, to) in which a payment happens; card payments only (bank batches post at midnight UTC). */
export type Hours = readonly [from: number, to: number];

// ---- schedules -------------------------------------------------------------------------------------------

/** Day `dayOfMonth` of each month (31 = the month's last day), moved off weekends/holidays in `shift`'s direction. */
export function monthlyOn(dayOfMonth: number, shift: "before" | "after" = "after", months?: readonly number[]): Schedule {
  // Due days by absolute month number (year * 12 + month - 1), computed once: schedules run for every day.
  const dueDays = new Map<number, number>();
  const due = (monthNumber: number) => {
    let found = dueDays.get(monthNumber);
    if (found === undefined) {
      const year = Math.floor(monthNumber / 12);
      const month = (monthNumber % 12) + 1;
      found = toWorkingDay(dayFromCivil(year, month, Math.min(dayOfMonth, daysInMonth(year, month))), shift);
      dueDays.set(monthNumber, found);
    }
    return found;
  };
  return ({ day, date }) => {
    // A shifted payment can cross a month boundary, so check this month's and both neighbours' due days.
    const thisMonth = date.year * 12 + date.month - 1;
    for (const monthNumber of [thisMonth - 1, thisMonth, thisMonth + 1]) {
      if (due(monthNumber) === day) return !months || months.includes((monthNumber % 12) + 1);
    }
    return false;
  };
}

/** Every `weeks` weeks on the weekday of `anchor` (a YYYY-MM-DD it happened on): weekly wages, child benefit. */
export function everyWeeks(weeks: number, anchor: string): Schedule {
  const first = dayOf(anchor);
  return ({ day }) => (((day - first) % (7 * weeks)) + 7 * weeks) % (7 * weeks) === 0;
}

// ---- amounts ---------------------------------------------------------------------------------------------

export const fixed = (minor: number): Amount => () => minor;

/** Log-uniform between two amounts: most coffees are cheap, a few are not. */
export const between = (min: number, max: number): Amount => ({ rng }) => rng.logUniform(min, max);

/**
 * A price that changes once a year (in `fromMonth`, e.g. April for council tax and pay rises): `base` in the
 * year 2024, moved by `rise` a year and a stable ±3% wobble per year, rounded to whole units but keeping
 * `base`'s pence, so a bill of £87.43 stays a plausible £9x.43 rather than a round number.
 */
export function yearly(key: string, base: number, rise: number, fromMonth = 1): Amount {
  return (ctx) => {
    const year = ctx.date.month >= fromMonth ? ctx.date.year : ctx.date.year - 1;
    const wobble = 0.97 + 0.06 * ctx.noise("yearly", key, year);
    return Math.round((base * (1 + rise) ** (year - 2024) * wobble) / 100) * 100 + (base % 100);
  };
}

/** More spending in December, less in January: scales how many card payments happen. */
const SEASON = [0.85, 0.9, 0.95, 1, 1, 1.05, 1.1, 1.1, 0.95, 1, 1.1, 1.4] as const;

function seasonal(month: number): number {
  return SEASON[month - 1] ?? 1;
}

/** Epoch seconds of a random moment in local `hours` (UK clocks, or `utcOffset` hours ahead of them). */
function localTime(ctx: DayContext, [from, to]: Hours, utcOffset = 0): number {
  const seconds = Math.floor((from + ctx.rng.next() * (to - from)) * 3600) - (ukUtcOffsetHours(ctx.day) + utcOffset) * 3600;
  // Kept inside the UTC day it was generated for: balances bucket rows by that day.
  return ctx.day * 86_400 + Math.min(Math.max(seconds, 0), 86_399);
}

/** Bank batches (direct debits, standing orders, BACS, interest) carry midnight UTC, as in Bud's examples. */
const midnight = (ctx: DayContext): number => ctx.day * 86_400;

// ---- rules -----------------------------------------------------------------------------------------------

interface RecurringOptions {
  on: Schedule;
  kind: number;
  amount: Amount;
  direction: "credit" | "debit";
  /** An internal transfer: the opposite leg lands on `to.account` as `to.kind`, converted at `to.rate` if given. */
  to?: { account: number; kind: number; rate?: (ctx: DayContext) => number };
  /** A card payment's local hours; bank batches (the default) post at midnight. */
  hours?: Hours;
  utcOffset?: number;
}

/** Salaries, rent, bills, subscriptions, standing orders, bookings: one payment when the schedule says so. */
export function recurring({ on, kind, amount, direction, to, hours, utcOffset }: RecurringOptions): Rule {
  return (ctx) => {
    if (!on(ctx)) return;
    const value = amount(ctx);
    const signed = direction === "credit" ? value : -value;
    const time = hours ? localTime(ctx, hours, utcOffset) : midnight(ctx);
    ctx.emit({ kind, amount: signed, time });
    if (to) ctx.emit({ account: to.account, kind: to.kind, amount: -Math.round(signed * (to.rate?.(ctx) ?? 1)), time });
  };
}

export interface Choice {
  kind: number;
  weight: number;
  amount: Amount;
  hours: Hours;
  /** Rows of this choice spread over this many variants (stores the customer uses, payment references). */
  variants?: number;
  direction?: "credit" | "debit";
}

interface SpendingOptions {
  /** Mean payments per weekday and per weekend day. */
  perDay: readonly [weekday: number, weekend: number];
  choices: readonly Choice[];
  /** Skips the day entirely (a trip that has not started, a shop that is closed). */
  when?: Schedule;
  utcOffset?: number;
}

/** Everyday card spending: a seasonal random number of payments a day, each drawn from weighted choices. */
export function spending({ perDay, choices, when, utcOffset = 0 }: SpendingOptions): Rule {
  const weights = choices.map((c) => c.weight);
  return (ctx) => {
    if (when && !when(ctx)) return;
    const mean = perDay[ctx.date.weekday < 5 ? 0 : 1] * seasonal(ctx.date.month);
    for (let n = ctx.rng.poisson(mean); n > 0; n--) {
      const choice = choices[ctx.rng.weighted(weights)]!;
      const value = choice.amount(ctx);
      ctx.emit({
        kind: choice.kind,
        amount: choice.direction === "credit" ? value : -value,
        time: localTime(ctx, choice.hours, utcOffset),
        variant: ctx.rng.int(0, (choice.variants ?? 1) - 1),
      });
    }
  };
}

interface CardRepaymentOptions {
  card: number;
  /** The statement closes on this day of each month; the payment is due `dueDay` of the next month. */
  closingDay: number;
  dueDay: number;
  kind: number;
  cardKind: number;
}

/** Pays a credit card's last statement in full by direct debit: both legs, amount = the statement's spending. */
export function cardRepayment({ card, closingDay, dueDay, kind, cardKind }: CardRepaymentOptions): Rule {
  const due = monthlyOn(dueDay);
  return (ctx) => {
    if (!due(ctx)) return;
    const close = dayFromCivil(ctx.date.year, ctx.date.month - 1, closingDay);
    const previousClose = dayFromCivil(ctx.date.year, ctx.date.month - 2, closingDay);
    const owed = -ctx.flows(card, previousClose + 1, close);
    if (owed <= 0) return;
    ctx.emit({ kind, amount: -owed, time: midnight(ctx) });
    ctx.emit({ account: card, kind: cardKind, amount: owed, time: midnight(ctx) });
  };
}
