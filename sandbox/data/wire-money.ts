/**
 * Minor units → Bud's money shapes. Amounts on the wire are unsigned decimal strings; the direction travels
 * separately as credit_debit_indicator (a card owing money is a debit balance).
 */
import { toWireAmount } from "../../lib/money";

type Currency = string;

export function wireAmount(minor: number, currency: Currency): { value: string; currency: Currency } {
  return { value: toWireAmount({ minor, currency }).value, currency };
}

export function wireBalance(minor: number, currency: Currency): {
  amount: { value: string; currency: Currency };
  credit_debit_indicator: "credit" | "debit";
} {
  const { value, direction } = toWireAmount({ minor, currency });
  return { amount: { value, currency }, credit_debit_indicator: direction };
}
