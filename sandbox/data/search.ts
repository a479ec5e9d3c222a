/**
 * GET /search/beta/transactions over a (corrected) ledger: the search's filters compiled into the list's query
 * (kind-level filters, dates, direction) plus a row test for what the list has no column for (free text through
 * the index, several accounts, the amount range), so search pages, orders and issues tokens exactly as the list.
 */
import { currencyExponent } from "../../lib/money";
import { isoDateTime } from "./calendar";
import type { GeneratedCustomer } from "./customer-data";
import type { Kind } from "./kinds";
import type { Ledger } from "./ledger";
import { merchantLogo } from "./providers";
import { compileQuery, type CompiledQuery } from "./query";
import { ALL_FIELDS, fieldBit, SEARCH_FIELDS, SearchIndex } from "./search-index";
import type { SearchField, SearchMatch, SearchQuery, SearchSuggestion } from "./world";

export class LedgerSearch {
  /** Per index unit: the fields the free text matched (0 = no match); undefined without free text. */
  private readonly textMatch?: Uint8Array;
  private readonly merchantName?: string;

  constructor(
    private readonly index: SearchIndex,
    private readonly ledger: Ledger,
    private readonly kinds: readonly Kind[],
    private readonly base: GeneratedCustomer,
    private readonly query: SearchQuery,
    /** The row's own description (with its store number or reference), for the matches. */
    private readonly describe: (row: number) => string,
  ) {
    const { text } = query;
    if (text) this.textMatch = index.match(text.input, text.fields === "all" ? ALL_FIELDS : fieldBit("description"));
    this.merchantName = query.merchantName?.toLowerCase();
  }

  compile(): CompiledQuery {
    const { query, base } = this;
    return compileQuery(
      {
        categoryL1: query.categoryL1,
        categoryL2: query.categoryL2,
        includeTags: query.tag === undefined ? undefined : [query.tag],
        creditDebitIndicator: query.creditDebitIndicator,
        dateFrom: isoDateTime(query.from),
        dateTo: isoDateTime(query.to),
      },
      this.kinds,
      base.accountIds,
      base.customerKey,
      {
        kind: this.merchantName === undefined ? undefined : (kind) => this.isMerchant(kind),
        row: this.rowTest(),
        key: JSON.stringify(["search", query.text ?? null, this.merchantName ?? null, [...(query.accountIds ?? [])].sort(), query.amountMin ?? null, query.amountMax ?? null]),
      },
    );
  }

  /** What matched in a row, for highlighting: the free text's fields, or the structured filter's own field. */
  matches(row: number): SearchMatch[] {
    const kind = this.kinds[this.ledger.kind[row]!]!;
    const { query } = this;
    if (this.textMatch && query.text) {
      const unit = this.ledger.kind[row]!;
      const bits = this.textMatch[unit]!;
      return SEARCH_FIELDS.filter((field) => bits & fieldBit(field)).flatMap((field) =>
        (field === "description" ? [this.describe(row)] : this.index.fieldTexts(unit, field))
          .filter((content) => field !== "tag" || SearchIndex.mentions(content, query.text!.input))
          .map((content) => ({ type: field, content })),
      );
    }
    if (this.merchantName !== undefined && kind.merchant) return [{ type: "merchant_name", content: kind.merchant.name }];
    if (query.categoryL1 !== undefined) return [{ type: "category_l1", content: kind.l1 }];
    if (query.categoryL2 !== undefined) return [{ type: "category_l2", content: kind.l2 }];
    if (query.tag !== undefined) return [{ type: "tag", content: query.tag }];
    return [];
  }

  private isMerchant(kind: Kind): boolean {
    return kind.merchant !== undefined && (kind.merchant.slug === this.merchantName || kind.merchant.name.toLowerCase() === this.merchantName);
  }

  /** Undefined when nothing beyond the compiled columns is asked for, so the plain scan stays as fast as the list. */
  private rowTest(): ((row: number) => boolean) | undefined {
    const { ledger, textMatch, query } = this;
    const accounts = query.accountIds && new Set(query.accountIds.map((id) => this.base.accountIds.indexOf(id)));
    const hasAmount = query.amountMin !== undefined || query.amountMax !== undefined;
    if (!textMatch && !accounts && !hasAmount) return undefined;
    // Amount bounds in each account's minor units (accounts differ in currency).
    const bounds = this.base.allAccounts.map((handle) => {
      const scale = 10 ** currencyExponent(handle.spec.currency);
      return [Math.ceil((query.amountMin ?? 0) * scale - 1e-6), Math.floor((query.amountMax ?? Number.MAX_SAFE_INTEGER / scale) * scale + 1e-6)] as const;
    });
    return (row) => {
      if (textMatch && textMatch[ledger.kind[row]!] === 0) return false;
      const account = ledger.account[row]!;
      if (accounts && !accounts.has(account)) return false;
      if (!hasAmount) return true;
      const size = Math.abs(ledger.amount[row]!);
      const [min, max] = bounds[account]!;
      return size >= min && size <= max;
    };
  }
}

/** Merchants first (they are what people type), then categories, tags, and the text itself as a description search. */
const SUGGESTION_ORDER: readonly SearchField[] = ["merchant_name", "category_l2", "category_l1", "tag", "description"];

/** Structured searches the free text could mean, ranked by type and then by how many transactions each finds. */
export function suggest(index: SearchIndex, input: string, limit: number, assetBaseUrl: string): SearchSuggestion[] {
  const found = index.match(input, ALL_FIELDS);
  const candidates = new Map<string, { suggestion: SearchSuggestion; rows: number }>();
  const add = (suggestion: SearchSuggestion, rows: number) => {
    const key = `${suggestion.type}\u0000${suggestion.value}`;
    const seen = candidates.get(key);
    if (seen) seen.rows += rows;
    else candidates.set(key, { suggestion, rows });
  };
  for (let unit = 0; unit < found.length; unit++) {
    const bits = found[unit]!;
    if (bits === 0) continue;
    const rows = index.unitRows[unit]!;
    for (const field of SEARCH_FIELDS) {
      if (!(bits & fieldBit(field))) continue;
      if (field === "description") {
        add({ type: "description", value: input.trim() }, rows);
        continue;
      }
      for (const value of index.fieldTexts(unit, field)) {
        if (field === "tag" && !SearchIndex.mentions(value, input)) continue;
        const slug = field === "merchant_name" ? index.merchantSlug(unit) : undefined;
        add({ type: field, value, ...(slug !== undefined && { logo: merchantLogo(assetBaseUrl, slug) }) }, rows);
      }
    }
  }
  return [...candidates.values()]
    .sort((a, b) => SUGGESTION_ORDER.indexOf(a.suggestion.type) - SUGGESTION_ORDER.indexOf(b.suggestion.type) || b.rows - a.rows)
    .slice(0, limit)
    .map(({ suggestion }) => suggestion);
}
