/**
 * Essential vs non-essential spend: the period's debits split by their L1's taxonomy label (categories with
 * neither label, such as income, are not spending and count for neither), per currency, with each side's share
 * of the two together. A currency with spend on one side only still gets a zero entry on the other, so the four
 * arrays always list the same currencies.
 */
import { TAXONOMY } from "../../data/categories";
import { wireAmount } from "../../data/wire-money";
import { rowsBetween, type Facts } from "./facts";
import type { Period } from "./period";
import type { TotalWithCount } from "./totals";

type Side = "essential" | "nonessential";

function sideOf(l1: string): Side | undefined {
  const labels: readonly string[] = TAXONOMY[l1 as keyof typeof TAXONOMY]?.labels ?? [];
  return labels.includes("essential") ? "essential" : labels.includes("nonessential") ? "nonessential" : undefined;
}

/** Bud's example prints the unrounded ratio (79.02272293857912). */
const percentage = (part: number, whole: number) => (whole === 0 ? 0 : (part * 100) / whole);

export function essentialStatistics(facts: Facts, period: Period) {
  const sides = facts.l1s.map(sideOf);
  const sums = new Map<number, Record<Side, { minor: number; count: number }>>();
  const { start, end } = rowsBetween(facts, period.from, period.to);
  for (let row = start; row < end; row++) {
    const amount = facts.amount[row]!;
    const side = sides[facts.l1[row]!];
    if (amount >= 0 || !side) continue;
    const currency = facts.currency[row]!;
    let sum = sums.get(currency);
    if (!sum) sums.set(currency, (sum = { essential: { minor: 0, count: 0 }, nonessential: { minor: 0, count: 0 } }));
    sum[side].minor -= amount;
    sum[side].count++;
  }
  const entries = [...sums].map(([index, sum]) => ({ currency: facts.currencies[index]!, ...sum })).sort((a, b) => a.currency.localeCompare(b.currency));
  const spend = (side: Side): TotalWithCount[] =>
    entries.map((entry) => ({ amount: wireAmount(entry[side].minor, entry.currency), transaction_count: entry[side].count }));
  const share = (side: Side) =>
    entries.map((entry) => ({ currency: entry.currency, percentage: percentage(entry[side].minor, entry.essential.minor + entry.nonessential.minor) }));
  return {
    essential_spend: spend("essential"),
    nonessential_spend: spend("nonessential"),
    essential_percentage_overall_spend: share("essential"),
    nonessential_percentage_overall_spend: share("nonessential"),
  };
}
