/**
 * Money as signed integer minor units + ISO 4217 currency. Parsed from Bud's decimal strings digit by digit,
 * never through floating point; only lib/format.ts turns it into text.
 *
 * Minor units are a `number` restricted to safe integers (|x| < 2^53, about £90 trillion): exact, JSON-friendly
 * across the server/client boundary, and usable by charts; anything larger is rejected rather than rounded.
 */
export interface Money {
  /** Signed minor units (pence, cents; yen for JPY). Debits are negative. */
  readonly minor: number;
  readonly currency: string;
}

export type Direction = "credit" | "debit";

/** Minor-unit exponent per currency (ISO 4217); everything not listed has 2. */
const EXPONENTS: Readonly<Record<string, number>> = {
  BHD: 3, BIF: 0, CLP: 0, DJF: 0, GNF: 0, IQD: 3, ISK: 0, JOD: 3, JPY: 0, KMF: 0, KRW: 0, KWD: 3, LYD: 3,
  OMR: 3, PYG: 0, RWF: 0, TND: 3, UGX: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
};

export function currencyExponent(currency: string): number {
  return EXPONENTS[currency.toUpperCase()] ?? 2;
}

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;
const CURRENCY = /^[A-Z]{3}$/;

export class MoneyParseError extends Error {
  override readonly name = "MoneyParseError";
}

/**
 * Parses a decimal string such as "1234.5" or "-0.07" into signed minor units; `direction: "debit"` negates.
 * Extra fractional digits are accepted only when they are zeros ("10.980" GBP), never rounded away.
 */
export function parseMoney(value: string, currency: string, direction: Direction = "credit"): Money {
  const match = DECIMAL.exec(value.trim());
  if (!match || !CURRENCY.test(currency)) {
    throw new MoneyParseError(`Not a money amount: ${JSON.stringify(value)} ${JSON.stringify(currency)}`);
  }
  const [, sign, whole = "", fraction = ""] = match;
  const exponent = currencyExponent(currency);
  if (fraction.length > exponent && !/^0*$/.test(fraction.slice(exponent))) {
    throw new MoneyParseError(`Too many decimal places for ${currency}: ${value}`);
  }
  const digits = `${whole}${fraction.slice(0, exponent).padEnd(exponent, "0")}`.replace(/^0+(?=\d)/, "");
  const magnitude = Number(digits);
  if (!Number.isSafeInteger(magnitude)) throw new MoneyParseError(`Amount out of range: ${value} ${currency}`);
  const negative = (sign === "-") !== (direction === "debit");
  return { minor: negative && magnitude !== 0 ? -magnitude : magnitude, currency };
}

/** The unsigned decimal string Bud puts on the wire ("12.30") and the direction it carries separately. */
export function toWireAmount(amount: Money): { value: string; direction: Direction } {
  const exponent = currencyExponent(amount.currency);
  const digits = Math.abs(amount.minor).toString().padStart(exponent + 1, "0");
  const value = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return { value, direction: amount.minor < 0 ? "debit" : "credit" };
}

export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new Error(`Cannot add ${a.currency} to ${b.currency}`);
  return { minor: a.minor + b.minor, currency: a.currency };
}

/** Sums amounts per currency, in first-seen currency order. */
export function sumByCurrency(amounts: Iterable<Money>): Money[] {
  const totals = new Map<string, number>();
  for (const amount of amounts) totals.set(amount.currency, (totals.get(amount.currency) ?? 0) + amount.minor);
  return [...totals].map(([currency, minor]) => ({ minor, currency }));
}
