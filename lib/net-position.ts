import type { Account, Money } from "@/lib/domain";

export interface CurrencyPosition {
  currency: string;
  /** Everything held: positive balances. */
  assets: Money;
  /** Everything owed (cards, loans, overdrafts): negative balances, so this is ≤ 0. */
  liabilities: Money;
  /** assets + liabilities. */
  net: Money;
}

/**
 * Net position per currency. Amounts in different currencies are never added together (no FX here), so each
 * currency gets its own line; pounds come first for a UK audience, then the rest alphabetically.
 * Closed accounts, accounts without a balance and accounts hidden from totals are left out.
 */
export function netPositions(accounts: readonly Account[]): CurrencyPosition[] {
  const totals = new Map<string, { assets: number; liabilities: number }>();
  for (const { booked, isClosed, hiddenFromTotals } of accounts) {
    if (!booked || isClosed || hiddenFromTotals) continue;
    const total = totals.get(booked.currency) ?? { assets: 0, liabilities: 0 };
    if (booked.minor >= 0) total.assets += booked.minor;
    else total.liabilities += booked.minor;
    totals.set(booked.currency, total);
  }
  return [...totals]
    .sort(([a], [b]) => (a === "GBP" ? -1 : b === "GBP" ? 1 : a.localeCompare(b)))
    .map(([currency, { assets, liabilities }]) => ({
      currency,
      assets: { minor: assets, currency },
      liabilities: { minor: liabilities, currency },
      net: { minor: assets + liabilities, currency },
    }));
}
