/**
 * The free-text index of one customer's (corrected) data, built once, on its first search. Its units are the
 * kinds (everything rows of one sort share: merchant, categories, tags, the bank's description), whose fields are
 * split into words; a sorted word list answers prefix look-ups by binary search, so a search reads a few postings
 * and then one typed-array lookup per row: never 105k strings. Store numbers and payment references, which vary
 * per row inside a description, are not indexed.
 */
import type { Kind } from "./kinds";
import { searchableDescription } from "./wire-transaction";
import type { SearchField } from "./world";

export const SEARCH_FIELDS: readonly SearchField[] = ["merchant_name", "category_l1", "category_l2", "description", "tag"];
export const ALL_FIELDS = 0b11111;
export const fieldBit = (field: SearchField) => 1 << SEARCH_FIELDS.indexOf(field);

/** Lower-case words without accents; apostrophes join ("Sainsbury's" → "sainsburys"), slugs split at "_". */
export function words(text: string): string[] {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f'’]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
}

export class SearchIndex {
  /** Per kind: how many rows it has (to rank suggestions). */
  readonly unitRows: Uint32Array;
  private readonly sortedWords: string[];
  private readonly postings: { units: Uint32Array; fields: Uint8Array }[];

  /** `kindColumn` is the (corrected) kind of every row. */
  constructor(
    private readonly kinds: readonly Kind[],
    kindColumn: Uint16Array,
  ) {
    this.unitRows = new Uint32Array(kinds.length);
    for (const kind of kindColumn) this.unitRows[kind]!++;
    const byWord = new Map<string, Map<number, number>>();
    kinds.forEach((_, unit) => {
      if (this.unitRows[unit] === 0) return;
      for (const field of SEARCH_FIELDS) {
        for (const text of this.fieldTexts(unit, field)) {
          for (const word of words(text)) {
            let units = byWord.get(word);
            if (!units) byWord.set(word, (units = new Map()));
            units.set(unit, (units.get(unit) ?? 0) | fieldBit(field));
          }
        }
      }
    });
    this.sortedWords = [...byWord.keys()].sort();
    this.postings = this.sortedWords.map((word) => {
      const units = byWord.get(word)!;
      return { units: Uint32Array.from(units.keys()), fields: Uint8Array.from(units.values()) };
    });
  }

  get unitCount(): number {
    return this.kinds.length;
  }

  merchantSlug(unit: number): string | undefined {
    return this.kinds[unit]!.merchant?.slug;
  }

  /** The texts of a kind's field (a kind has several tags); the description without its per-row parts. */
  fieldTexts(unit: number, field: SearchField): string[] {
    const kind = this.kinds[unit]!;
    switch (field) {
      case "merchant_name":
        return kind.merchant ? [kind.merchant.name] : [];
      case "category_l1":
        return [kind.l1];
      case "category_l2":
        return [kind.l2];
      case "description":
        return [searchableDescription(kind)];
      case "tag":
        return [...kind.tags];
    }
  }

  /**
   * Per unit, the bits of the fields (within `fieldMask`) where the input's words were found; 0 where some word
   * of the input is found in none of them. Every word matches as a prefix ("dunki" finds "Dunkin'"). An input
   * without a single word matches nothing.
   */
  match(input: string, fieldMask: number): Uint8Array {
    const result = new Uint8Array(this.unitCount);
    const tokens = [...new Set(words(input))];
    tokens.forEach((token, n) => {
      const found = new Uint8Array(this.unitCount);
      for (let w = this.firstWithPrefix(token); w < this.sortedWords.length && this.sortedWords[w]!.startsWith(token); w++) {
        const { units, fields } = this.postings[w]!;
        for (let p = 0; p < units.length; p++) found[units[p]!]! |= fields[p]! & fieldMask;
      }
      for (let unit = 0; unit < result.length; unit++) {
        result[unit] = found[unit] && (n === 0 || result[unit]) ? result[unit]! | found[unit]! : 0;
      }
    });
    return result;
  }

  /** Whether a text has a word starting with one of the input's words (which tag of several matched). */
  static mentions(text: string, input: string): boolean {
    const tokens = words(input);
    return words(text).some((word) => tokens.some((token) => word.startsWith(token)));
  }

  private firstWithPrefix(token: string): number {
    let lo = 0;
    let hi = this.sortedWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sortedWords[mid]! < token) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
