/**
 * Credit and debit totals kept per currency (Bud never sums across currencies), and the category totals built
 * from them: one entry per L1 with transactions, optionally its L2s, plus the overall totals for the metadata.
 */
import { wireAmount } from "../../data/wire-money";
import type { Facts } from "./facts";

export interface TotalWithCount {
  amount: { value: string; currency: string };
  transaction_count: number;
}

/** Running sums per currency index; debits are kept as positive magnitudes, as Bud prints them. */
export class CurrencyTotals {
  private readonly sums = new Map<number, { credit: number; credits: number; debit: number; debits: number }>();

  add(currency: number, amount: number): void {
    let sum = this.sums.get(currency);
    if (!sum) this.sums.set(currency, (sum = { credit: 0, credits: 0, debit: 0, debits: 0 }));
    if (amount < 0) {
      sum.debit -= amount;
      sum.debits++;
    } else {
      sum.credit += amount;
      sum.credits++;
    }
  }

  /** Entries in currency order; a side without transactions in a currency has no entry for it. */
  side(currencies: readonly string[], side: "credit" | "debit"): TotalWithCount[] {
    return [...this.sums]
      .map(([index, sum]) => ({ currency: currencies[index]!, minor: sum[side], count: sum[side === "credit" ? "credits" : "debits"] }))
      .filter((entry) => entry.count > 0)
      .sort((a, b) => a.currency.localeCompare(b.currency))
      .map((entry) => ({ amount: wireAmount(entry.minor, entry.currency), transaction_count: entry.count }));
  }

  wire(currencies: readonly string[]): { credit_total: TotalWithCount[]; debit_total: TotalWithCount[] } {
    return { credit_total: this.side(currencies, "credit"), debit_total: this.side(currencies, "debit") };
  }
}

export interface CategoryTotal {
  name: string;
  credit_total: TotalWithCount[];
  debit_total: TotalWithCount[];
  l2_totals?: { name: string; credit_total: TotalWithCount[]; debit_total: TotalWithCount[] }[];
}

export interface CategoryTotals {
  data: CategoryTotal[];
  overall: CurrencyTotals;
}

/** Totals of the given rows per L1 (and per L2 with `includeL2`), categories in slug order. */
export function categoryTotals(facts: Facts, rows: Iterable<number>, includeL2: boolean): CategoryTotals {
  const overall = new CurrencyTotals();
  const byL1 = new Map<number, { totals: CurrencyTotals; l2: Map<number, CurrencyTotals> }>();
  for (const row of rows) {
    const currency = facts.currency[row]!;
    const amount = facts.amount[row]!;
    overall.add(currency, amount);
    let l1 = byL1.get(facts.l1[row]!);
    if (!l1) byL1.set(facts.l1[row]!, (l1 = { totals: new CurrencyTotals(), l2: new Map() }));
    l1.totals.add(currency, amount);
    if (includeL2) {
      let l2 = l1.l2.get(facts.l2[row]!);
      if (!l2) l1.l2.set(facts.l2[row]!, (l2 = new CurrencyTotals()));
      l2.add(currency, amount);
    }
  }
  const bySlug = <T extends { name: string }>(items: T[]) => items.sort((a, b) => a.name.localeCompare(b.name));
  const data = bySlug(
    [...byL1].map(([l1, { totals, l2 }]) => ({
      name: facts.l1s[l1]!,
      ...totals.wire(facts.currencies),
      ...(includeL2 && { l2_totals: bySlug([...l2].map(([index, sub]) => ({ name: facts.l2s[index]!, ...sub.wire(facts.currencies) }))) }),
    })),
  );
  return { data, overall };
}

/** Rows of [start, end) that pass `keep`, lazily. */
export function* matchingRows(start: number, end: number, keep: (row: number) => boolean): Generator<number> {
  for (let row = start; row < end; row++) if (keep(row)) yield row;
}
