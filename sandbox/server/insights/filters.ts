/**
 * The aggregation endpoints' filters, parsed and validated once per request, then compiled against a customer's
 * index into a row predicate. Category values are L1 slugs or `l1.l2` as the spec writes them; every slug must be
 * in the taxonomy (GET /resources/v2/categories), so a typo is a 400 rather than a silent zero.
 */
import { z } from "zod";
import { PARENT_OF_L2, TAXONOMY } from "../../data/categories";
import { failedValidation } from "../http/errors";
import type { Facts } from "./facts";

export interface CategoryRef {
  l1: string;
  /** Absent: the whole L1. */
  l2?: string;
}

export interface RowFilter {
  /** Inclusive epoch seconds. */
  from: number;
  to: number;
  accountIds?: readonly string[];
  currencies?: readonly string[];
  include?: readonly CategoryRef[];
  exclude?: readonly CategoryRef[];
  /** Category labels (`essential`, `nonessential`); a row passes when its L1 carries any of them. */
  labels?: readonly string[];
}

const LABELS_OF_L1: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(TAXONOMY).map(([l1, { labels }]) => [l1, labels]));
const KNOWN_LABELS = new Set([...LABELS_OF_L1.values()].flat());

/**
 * `shopping` or `shopping.groceries`; with `bareL2`, also `groceries` alone (L2 slugs are unique, and the merchant
 * totals headers say only "categories"). Throws 400 failed_validation naming `field` for anything unknown.
 */
export function parseCategories(field: string, values: readonly string[] | undefined, bareL2 = false): CategoryRef[] | undefined {
  if (!values) return undefined;
  return values.map((value) => {
    const [l1, l2, extra] = value.split(".");
    if (l1 && l2 === undefined && l1 in TAXONOMY) return { l1 };
    if (l1 && l2 === undefined && bareL2 && PARENT_OF_L2.has(l1)) return { l1: PARENT_OF_L2.get(l1)!, l2: l1 };
    if (l1 && l2 && extra === undefined && PARENT_OF_L2.get(l2) === l1) return { l1, l2 };
    throw failedValidation({ [field]: [`unknown category: ${value}`] });
  });
}

export function parseLabels(values: readonly string[] | undefined): string[] | undefined {
  const unknown = values?.find((value) => !KNOWN_LABELS.has(value));
  if (unknown !== undefined) throw failedValidation({ category_label: [`unknown category label: ${unknown}`] });
  return values ? [...values] : undefined;
}

const CURRENCY = z.string().regex(/^[A-Z]{3}$/);

export function parseCurrencies(values: readonly string[] | undefined): string[] | undefined {
  const invalid = values?.find((value) => !CURRENCY.safeParse(value).success);
  if (invalid !== undefined) throw failedValidation({ currency: [`must be an ISO 4217 code: ${invalid}`] });
  return values ? [...values] : undefined;
}

const matches = (refs: readonly CategoryRef[], l1: string, l2: string) => refs.some((ref) => ref.l1 === l1 && (ref.l2 === undefined || ref.l2 === l2));

/** Whether a category passes the include, exclude and label filters (the part of the filter that is per category). */
export function categoryAllowed(filter: RowFilter, l1: string, l2: string): boolean {
  return (
    (!filter.include || matches(filter.include, l1, l2)) &&
    !(filter.exclude && matches(filter.exclude, l1, l2)) &&
    (!filter.labels || (LABELS_OF_L1.get(l1) ?? []).some((label) => filter.labels!.includes(label)))
  );
}

/** The filter as a predicate over the index's rows (the time range is applied by the caller's row range). */
export function compileFilter(facts: Facts, filter: RowFilter): (row: number) => boolean {
  const categoryCache = new Map<number, boolean>();
  const accounts = filter.accountIds && new Set(filter.accountIds.map((id) => facts.accounts.indexOf(id)));
  const currencies = filter.currencies && new Set(filter.currencies.map((code) => facts.currencies.indexOf(code)));
  return (row) => {
    if (accounts && !accounts.has(facts.account[row]!)) return false;
    if (currencies && !currencies.has(facts.currency[row]!)) return false;
    const key = facts.l1[row]! * 65_536 + facts.l2[row]!;
    let allowed = categoryCache.get(key);
    if (allowed === undefined) {
      allowed = categoryAllowed(filter, facts.l1s[facts.l1[row]!]!, facts.l2s[facts.l2[row]!]!);
      categoryCache.set(key, allowed);
    }
    return allowed;
  };
}
