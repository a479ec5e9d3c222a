import { currencyExponent, parseMoney, type Money } from "@/lib/money";

/*
 * Money as people type it into a form: "12.5", "12.50", "£12.50", "1,200" and "€ 1,200.00" all mean what they say;
 * more decimal places than the currency has is refused rather than rounded. Browser-safe and free of zod: the
 * same rule checks the form as the user types (lib/schemas/money-input.ts wraps it for the form schemas) and the
 * route that receives it.
 */

const SYMBOLS: Readonly<Record<string, string>> = { GBP: "£", EUR: "€" };

/** Optional symbol or code, digits with optional thousands commas in the right places, optional decimals. */
const TYPED = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export type MoneyInputResult = { ok: true; money: Money } | { ok: false; message: string };

export function parseMoneyInput(text: string, currency: string): MoneyInputResult {
  const symbol = SYMBOLS[currency];
  let body = text.trim();
  if (symbol && body.startsWith(symbol)) body = body.slice(symbol.length).trim();
  else if (body.toUpperCase().startsWith(currency)) body = body.slice(currency.length).trim();
  if (body === "") return { ok: false, message: "Enter an amount." };
  if (body.startsWith("-")) return { ok: false, message: "Enter an amount above zero." };
  const match = TYPED.exec(body);
  if (!match) return { ok: false, message: "Enter an amount such as 12.50." };
  const exponent = currencyExponent(currency);
  const places = match[2]?.length ?? 0;
  if (places > exponent) {
    return { ok: false, message: exponent === 0 ? "Use whole amounts only." : `Use at most ${exponent} decimal places.` };
  }
  const decimal = `${match[1]!.replaceAll(",", "")}${match[2] === undefined ? "" : `.${match[2]}`}`;
  try {
    return { ok: true, money: parseMoney(decimal, currency) };
  } catch {
    return { ok: false, message: "That amount is too large." };
  }
}
