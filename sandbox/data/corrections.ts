/**
 * Category corrections over a generated ledger. A corrected row points at a copy of its kind that carries the
 * new category, so everything that reads the ledger (filters, wire objects, search, budgets, totals) sees the
 * correction without knowing about corrections. The generated ledger itself is never changed.
 */
import type { CategoryL1, CategoryL2 } from "./categories";
import type { Kind } from "./kinds";
import type { Ledger } from "./ledger";
import type { CategoryCorrection } from "./world";

/** A category the customer chose is certain. */
const CORRECTED_CONFIDENCE = "1.00";

const cleaned = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/**
 * "Similar in nature" (Bud: similar descriptions and amounts): the same merchant, or without one the same cleaned
 * description, in the same direction. Amounts are left out on purpose: a £3 and a £60 Tesco shop are the same
 * habit to the customer, while a refund (a credit) from the same merchant is not.
 */
export function similarityKey(kind: Kind, amount: number): string {
  const who = kind.merchant ? `merchant:${kind.merchant.slug}` : `text:${cleaned(kind.suggestedDescription)}`;
  return `${who}|${amount < 0 ? "debit" : "credit"}`;
}

/** The kind column and kind table with corrections applied (the ledger's own when there are none). */
export interface Categorised {
  kind: Uint16Array;
  kinds: readonly Kind[];
}

/**
 * Applies corrections oldest first, so a later one wins. `rowOf` finds a transaction id's row (-1 when the
 * data has no such row, e.g. a bank that is no longer connected): such a correction changes nothing.
 */
export function applyCorrections(
  ledger: Ledger,
  kinds: readonly Kind[],
  corrections: readonly CategoryCorrection[],
  rowOf: (transactionId: string) => number,
): Categorised {
  if (corrections.length === 0) return { kind: ledger.kind, kinds };
  const column = ledger.kind.slice();
  const all = [...kinds];
  const copies = new Map<string, number>();
  const corrected = (base: number, correction: CategoryCorrection): number => {
    const key = `${base}|${correction.l1}|${correction.l2}`;
    let index = copies.get(key);
    if (index === undefined) {
      // The server validated the slugs against the taxonomy.
      const copy: Kind = { ...kinds[base]!, l1: correction.l1 as CategoryL1, l2: correction.l2 as CategoryL2, confidence: CORRECTED_CONFIDENCE };
      index = all.push(copy) - 1;
      if (index > 0xffff) throw new Error("too many corrected kinds for a 16-bit kind column");
      copies.set(key, index);
    }
    return index;
  };
  // Similarity keys by (kind, direction) at index 2k + (debit ? 1 : 0), computed once.
  const keys = kinds.flatMap((kind) => [similarityKey(kind, 1), similarityKey(kind, -1)]);

  for (const correction of corrections) {
    if (correction.similarKey === undefined) {
      const row = rowOf(correction.transactionId);
      if (row >= 0) column[row] = corrected(ledger.kind[row]!, correction);
      continue;
    }
    const selected = Uint8Array.from(keys, (key) => (key === correction.similarKey ? 1 : 0));
    if (!selected.includes(1)) continue;
    for (let i = 0; i < ledger.length; i++) {
      const base = ledger.kind[i]!;
      if (selected[2 * base + (ledger.amount[i]! < 0 ? 1 : 0)]) column[i] = corrected(base, correction);
    }
  }
  return { kind: column, kinds: all };
}
