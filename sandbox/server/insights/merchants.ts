/**
 * Merchant totals: the period's rows that name a merchant, one entry per merchant and currency (Bud's entry holds
 * a single amount per side, and amounts in different currencies are never added), biggest spend first.
 */
import { wireAmount } from "../../data/wire-money";
import type { Facts } from "./facts";
import { CurrencyTotals } from "./totals";

interface Sums {
  merchant: number;
  currency: number;
  credit: number;
  credits: number;
  debit: number;
  debits: number;
}

export function merchantTotals(facts: Facts, rows: Iterable<number>) {
  const overall = new CurrencyTotals();
  const byKey = new Map<number, Sums>();
  for (const row of rows) {
    const merchant = facts.merchant[row]!;
    if (merchant === 0) continue;
    const currency = facts.currency[row]!;
    const amount = facts.amount[row]!;
    overall.add(currency, amount);
    const key = merchant * 256 + currency;
    let sums = byKey.get(key);
    if (!sums) byKey.set(key, (sums = { merchant, currency, credit: 0, credits: 0, debit: 0, debits: 0 }));
    if (amount < 0) {
      sums.debit -= amount;
      sums.debits++;
    } else {
      sums.credit += amount;
      sums.credits++;
    }
  }
  const ref = (sums: Sums) => facts.merchants[sums.merchant - 1]!;
  const data = [...byKey.values()]
    .sort((a, b) => b.debit - a.debit || b.credit - a.credit || ref(a).name.localeCompare(ref(b).name) || a.currency - b.currency)
    .map((sums) => {
      const { slug, name, logo } = ref(sums);
      const currency = facts.currencies[sums.currency]!;
      return {
        // Bud's example identifies the merchant by its slug ("tesco"), which is also what the transaction list filters on.
        merchant: { id: slug, name, logo },
        total_debit: wireAmount(sums.debit, currency),
        total_credit: wireAmount(sums.credit, currency),
        transaction_count: sums.credits + sums.debits,
        credit_transaction_count: sums.credits,
        debit_transaction_count: sums.debits,
      };
    });
  return { data, overall };
}
