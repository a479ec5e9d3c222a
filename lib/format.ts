/**
 * The only place money, dates and identifiers become text. en-GB throughout, and dates are shown on the UK
 * calendar (Europe/London) so the server render and the browser agree whatever time zone either runs in.
 */
import { currencyExponent, toWireAmount, type Money } from "@/lib/money";

const LOCALE = "en-GB";
const TIME_ZONE = "Europe/London";

export interface FormatMoneyOptions {
  /** "always" puts "+" on credits, as transaction lists do; zero never carries a sign. */
  sign?: "auto" | "always";
}

// Intl formatters are costly to build and are used for every row of a list, so each is made once.
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, sign: "auto" | "always"): Intl.NumberFormat {
  const key = `${currency}|${sign}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const digits = currencyExponent(currency);
    format = new Intl.NumberFormat(LOCALE, {
      style: "currency",
      currency,
      // "¥500" rather than en-GB's "JP¥500": the account's currency is already clear from context.
      currencyDisplay: "narrowSymbol",
      // Our exponent table, not Intl's own currency data, decides how many minor digits the amount has.
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: sign === "always" ? "exceptZero" : "auto",
    });
    moneyFormats.set(key, format);
  }
  return format;
}

const MINUS = "\u2212";

/**
 * `£1,234.56`, `−£12.30`, `+£10.00` (sign: "always"), `€5.00`, `¥500`. Debits carry a true minus sign (U+2212),
 * not a hyphen: it is as wide as "+" so columns line up, and screen readers (NVDA, JAWS, VoiceOver) say "minus"
 * where a hyphen may be read as "dash" or not at all.
 */
export function formatMoney(money: Money, options: FormatMoneyOptions = {}): string {
  const { value, direction } = toWireAmount(money);
  // A decimal string keeps every digit exact: Intl formats strings without converting them to a float.
  const decimal = `${direction === "debit" ? "-" : ""}${value}` as Intl.StringNumericLiteral;
  return moneyFormat(money.currency, options.sign ?? "auto").format(decimal).replace("-", MINUS);
}

const longDate = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
const shortDate = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, day: "numeric", month: "short" });
const dateTime = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, dateStyle: "long", timeStyle: "short" });
// en-CA writes dates as YYYY-MM-DD; used only to find the calendar day in London.
const dayKey = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });

/** `24 June 2022` */
export function formatDate(iso: string): string {
  return longDate.format(new Date(iso));
}

/** `24 Jun` */
export function formatShortDate(iso: string): string {
  return shortDate.format(new Date(iso));
}

/** `24 June 2022 at 14:05` */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/*
 * Formatters are built once per module, never per call: each Intl.DateTimeFormat holds ICU objects in native memory
 * that are freed only when V8 finalises its small JS wrapper, which V8 does not hurry to do. One per row of the
 * 105,000-row CSV export grew the server's RSS by about 130 MB and took most of the export's time.
 */
const clock = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });

/** The UK wall-clock time of an instant, as `HH:MM:SS` (24-hour). */
export function clockTime(iso: string): string {
  return clock.format(new Date(iso));
}

const HOUR_MS = 3_600_000;
/**
 * London is always a whole number of hours from UTC, so every instant in one UTC hour falls on the same London day:
 * the day is formatted once per hour. A list groups by day on every page it loads (2,000 rows, each formatted
 * again, took ~130 ms of a scroll's main thread); bounded, since an export walks years of hours.
 */
const dayOfUtcHour = new Map<number, string>();

/** The UK calendar day of an instant, as `YYYY-MM-DD`: the key for grouping a list by day. */
export function calendarDay(iso: string | Date): string {
  const instant = typeof iso === "string" ? new Date(iso) : iso;
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  let day = dayOfUtcHour.get(hour);
  if (day === undefined) {
    day = dayKey.format(instant);
    if (dayOfUtcHour.size >= 10_000) dayOfUtcHour.clear();
    dayOfUtcHour.set(hour, day);
  }
  return day;
}

function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(toDay) - Date.parse(fromDay)) / 86_400_000);
}

/** `Today`, `Yesterday`, otherwise `24 June 2022`. */
export function formatRelativeDay(iso: string, now: Date = new Date()): string {
  const days = daysBetween(calendarDay(iso), calendarDay(now));
  if (days === 0) return "Today";
  if (days === 1) return "Yesterday";
  return formatDate(iso);
}

const weekdayDayMonth = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, weekday: "short", day: "numeric", month: "short" });
const weekdayDayMonthYear = new Intl.DateTimeFormat(LOCALE, {
  timeZone: TIME_ZONE,
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
});

/**
 * A day heading in a transaction list, as a person writes it: `Today`, `Yesterday`, `Fri 28 Nov`, and
 * `Thu 28 Nov 2024` when the day is not in this year (UK calendar). en-GB puts a comma after the weekday; dropped.
 */
export function formatDayHeading(iso: string, now: Date = new Date()): string {
  const day = calendarDay(iso);
  const today = calendarDay(now);
  const days = daysBetween(day, today);
  if (days === 0) return "Today";
  if (days === 1) return "Yesterday";
  const format = day.slice(0, 4) === today.slice(0, 4) ? weekdayDayMonth : weekdayDayMonthYear;
  return format.format(new Date(iso)).replace(",", "");
}

const relativeTimeFormat = new Intl.RelativeTimeFormat(LOCALE, { numeric: "auto" });

/** `just now`, `5 minutes ago`, `3 hours ago` within the last day; the date after that. */
export function formatTimeAgo(iso: string, now: Date = new Date()): string {
  const minutes = Math.floor((now.getTime() - Date.parse(iso)) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return relativeTimeFormat.format(-minutes, "minute");
  if (minutes < 24 * 60) return relativeTimeFormat.format(-Math.floor(minutes / 60), "hour");
  return formatDate(iso);
}

/** `601613` → `60-16-13`; anything that is not six digits is shown as given. */
export function formatSortCode(sortCode: string): string {
  const digits = sortCode.replace(/\D/g, "");
  return digits.length === 6 ? `${digits.slice(0, 2)}-${digits.slice(2, 4)}-${digits.slice(4)}` : sortCode;
}

/** `4242` → `•••• 4242` */
export function formatLast4(last4: string): string {
  return `•••• ${last4}`;
}

/** Bud's slugs (`food_and_drink`) as words (`Food and drink`). */
export function humanizeSlug(slug: string): string {
  const words = slug.replace(/[_-]+/g, " ").trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const countFormat = new Intl.NumberFormat(LOCALE);

/** `1 account`, `2 accounts`, `1,250 transactions`. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(count)} ${count === 1 ? singular : plural}`;
}

/** A whole number with thousands separators: `1,234`. */
export function formatNumber(count: number): string {
  return countFormat.format(count);
}

/** A first name: letters (any script) with the apostrophes and hyphens names have, nothing else, at most 40. */
const PLAIN_NAME = /^\p{L}[\p{L}\p{M}'’-]{0,39}$/u;

/**
 * The greeting under Overview's heading. The display name is whatever the customer typed at sign-up, so only a
 * first word that is plainly a name is echoed back ("Good to see you, Alex."); anything else gets no name.
 */
export function formatGreeting(displayName: string): string {
  const first = displayName.trim().split(/\s+/)[0] ?? "";
  return PLAIN_NAME.test(first) ? `Good to see you, ${first}.` : "Good to see you.";
}

// Spending insights and balances over time
const compactMoneyFormats = new Map<string, Intl.NumberFormat>();

/** `£1.2k`, `−£350`: chart axes, where every digit would crowd the labels. Tooltips and tables stay exact. */
export function formatMoneyCompact(money: Money): string {
  let format = compactMoneyFormats.get(money.currency);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE, {
      style: "currency",
      currency: money.currency,
      currencyDisplay: "narrowSymbol",
      notation: "compact",
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    });
    compactMoneyFormats.set(money.currency, format);
  }
  return format.format(money.minor / 10 ** currencyExponent(money.currency)).replace("-", MINUS);
}

const monthYear = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: "long", year: "numeric" });
const shortMonth = new Intl.DateTimeFormat(LOCALE, { timeZone: TIME_ZONE, month: "short" });

/** `June 2022` */
export function formatMonth(iso: string): string {
  return monthYear.format(new Date(iso));
}

/** `Jun` */
export function formatShortMonth(iso: string): string {
  return shortMonth.format(new Date(iso));
}

/** `42%`; shares of a total, rounded to whole percent. */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A wait in whole minutes, rounded up: `in 1 minute`, `in 4 minutes`. */
export function formatRetryWait(seconds: number): string {
  return relativeTimeFormat.format(Math.max(1, Math.ceil(seconds / 60)), "minute");
}
