import type { Category, Money } from "@/lib/domain";
import { byCurrencyOrder, OWN_ACCOUNT_TRANSFER_CATEGORIES } from "@/lib/insights/counting";
import { monthRange, shiftDays, shiftMonths, type IsoDate } from "@/lib/periods";

/*
 * What is expected next: Bud's recurring series, each with its projected dates, turned into the "Coming up" list
 * and the three-month calendar. Own-account transfers are left out, as from every total. Browser-safe.
 */

export interface ExpectedSeries {
  id: string;
  lastTransactionId: string;
  accountId: string;
  description: string;
  /** Bud's period: daily, weekly, biweekly, monthly, quarterly or unknown. */
  period: string;
  category: Category | null;
  subscription: boolean;
  /** The subscription's merchant, when Bud knows it: a better name than the bank's description. */
  merchant: { name: string; logoUrl: string | null } | null;
  /** Projected dates (London days), soonest first, each with its expected signed amount. */
  dates: { date: string; amount: Money }[];
}

export interface ExpectedPayment {
  seriesId: string;
  date: IsoDate;
  description: string;
  amount: Money;
  subscription: boolean;
}

/** What to call a series: its merchant's name when Bud knows it, else the bank's description. */
export const seriesName = (series: ExpectedSeries) => series.merchant?.name ?? series.description;

const isOwnTransfer = (series: ExpectedSeries) =>
  series.category !== null &&
  (OWN_ACCOUNT_TRANSFER_CATEGORIES as readonly string[]).includes(`${series.category.l1}.${series.category.l2 ?? ""}`);

/** Every projected payment from `from` to `to` (London days, inclusive), soonest first. */
export function expectedBetween(series: readonly ExpectedSeries[], from: IsoDate, to: IsoDate): ExpectedPayment[] {
  return series
    .filter((item) => !isOwnTransfer(item))
    .flatMap((item) =>
      item.dates
        .filter(({ date }) => date >= from && date <= to)
        .map(({ date, amount }) => ({ seriesId: item.id, date, description: seriesName(item), amount, subscription: item.subscription })),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.description.localeCompare(b.description));
}

export const COMING_UP_DAYS = 14;

/** The next fortnight, today included. */
export function comingUp(series: readonly ExpectedSeries[], today: IsoDate): ExpectedPayment[] {
  return expectedBetween(series, today, shiftDays(today, COMING_UP_DAYS - 1));
}

export interface RecurringPayment {
  series: ExpectedSeries;
  next: { date: IsoDate; amount: Money };
}

/** Each series that still has a date to come, by next date: the subscriptions and regular payments list. */
export function recurringPayments(series: readonly ExpectedSeries[], today: IsoDate): RecurringPayment[] {
  return series
    .filter((item) => !isOwnTransfer(item))
    .flatMap((item) => {
      const next = item.dates.find(({ date }) => date >= today);
      return next ? [{ series: item, next }] : [];
    })
    .sort((a, b) => a.next.date.localeCompare(b.next.date) || seriesName(a.series).localeCompare(seriesName(b.series)));
}

export interface CalendarMonth {
  month: string;
  /** Money in and out per currency over the month's expected payments. */
  totals: { currency: string; moneyIn: Money; moneyOut: Money }[];
  /** Only the days that have something expected. */
  days: Map<IsoDate, ExpectedPayment[]>;
}

/**
 * This month and the next two, each with its expected payments by day (days already past are left out). When nothing
 * more is expected this month (its last days), the calendar starts with next month instead of an empty card.
 */
export function calendarMonths(series: readonly ExpectedSeries[], today: IsoDate, count = 3): CalendarMonth[] {
  const months = Array.from({ length: count + 1 }, (_, index) => {
    const month = shiftMonths(`${today.slice(0, 7)}-01`, index).slice(0, 7);
    const range = monthRange(month);
    const payments = expectedBetween(series, range.from < today ? today : range.from, range.to);
    const days = new Map<IsoDate, ExpectedPayment[]>();
    for (const payment of payments) days.set(payment.date, [...(days.get(payment.date) ?? []), payment]);
    const currencies = [...new Set(payments.map((payment) => payment.amount.currency))].sort(byCurrencyOrder);
    const sum = (currency: string, sign: 1 | -1) =>
      payments.reduce((total, { amount }) => (amount.currency === currency && Math.sign(amount.minor) === sign ? total + amount.minor : total), 0);
    return {
      month,
      totals: currencies.map((currency) => ({
        currency,
        moneyIn: { minor: sum(currency, 1), currency },
        moneyOut: { minor: -sum(currency, -1), currency },
      })),
      days,
    };
  });
  return months[0]!.days.size === 0 ? months.slice(1) : months.slice(0, count);
}

/** A month as calendar weeks, Monday first; days outside the month are null. */
export function monthWeeks(month: string): (IsoDate | null)[][] {
  const { from, to } = monthRange(month);
  // Noon UTC falls on the same calendar day in London, so the weekday is London's.
  const leading = (new Date(`${from}T12:00:00Z`).getUTCDay() + 6) % 7;
  const days: (IsoDate | null)[] = Array.from({ length: leading }, () => null);
  for (let day = from; day <= to; day = shiftDays(day, 1)) days.push(day);
  while (days.length % 7 !== 0) days.push(null);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}
