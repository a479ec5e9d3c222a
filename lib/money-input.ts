import { z } from "zod";
import { currencyExponent, parseMoney, type Money } from "@/lib/money";

/*
 * Money as people type it into a form: "12.5", "12.50", "£12.50", "1,200" and "€ 1,200.00" all mean what they say;
 * more decimal places than the currency has is refused rather than rounded. Browser-safe: the same schema checks
 * the form as the user types and the route that receives it.
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

/**
 * A zod schema for a typed amount in `currency`, between `min` and `max` minor units inclusive (defaults: more
 * than zero, and no upper bound beyond what is exact), giving Money.
 */
export function moneyInputSchema(currency: string, limits: { min?: number; max?: number } = {}) {
  const { min = 1, max = Number.MAX_SAFE_INTEGER } = limits;
  return z.string().transform((text, ctx): Money => {
    const parsed = parseMoneyInput(text, currency);
    if (!parsed.ok) {
      ctx.addIssue({ code: "custom", message: parsed.message });
      return z.NEVER;
    }
    if (parsed.money.minor < min) ctx.addIssue({ code: "custom", message: min <= 1 ? "Enter an amount above zero." : "That amount is too small." });
    else if (parsed.money.minor > max) ctx.addIssue({ code: "custom", message: "That amount is too large." });
    return parsed.money;
  });
}
