/**
 * The aggregation endpoints' index of one customer's transactions: every row the transaction list serves
 * (booked and pending, the list's default), read once through CustomerData.transactions() (so whatever that
 * source applies, corrections included, is what gets totalled) and kept as compact columns, newest first.
 * Built on first use and cached per CustomerData object: the world hands out a new object whenever a
 * customer's data changes, so a changed customer is re-indexed and an unchanged one never rescanned.
 */
import { parseMoney } from "../../../lib/money";
import { parseInstant } from "../../data/calendar";
import type { CustomerData, WireTransaction } from "../../data/world";

/** Page size used to read the whole list; larger pages only cost memory. */
const READ_PAGE = 5000;

export interface MerchantRef {
  slug: string;
  name: string;
  logo: string;
}

export interface Facts {
  readonly length: number;
  /** Epoch seconds of date_time, descending. */
  readonly time: Float64Array;
  /** Minor units, signed: credits positive, debits negative. */
  readonly amount: Float64Array;
  /** Indices into the lookup tables below; merchant 0 means none (1-based). */
  readonly currency: Uint8Array;
  readonly account: Uint16Array;
  readonly l1: Uint8Array;
  readonly l2: Uint8Array;
  readonly merchant: Uint16Array;
  readonly currencies: readonly string[];
  readonly accounts: readonly string[];
  readonly l1s: readonly string[];
  readonly l2s: readonly string[];
  readonly merchants: readonly MerchantRef[];
}

/** Interns strings to small integers, in first-seen order. */
class Table<T> {
  readonly values: T[] = [];
  private readonly index = new Map<string, number>();
  constructor(private readonly offset = 0) {}

  id(key: string, value: () => T): number {
    let found = this.index.get(key);
    if (found === undefined) {
      found = this.values.push(value()) - 1 + this.offset;
      this.index.set(key, found);
    }
    return found;
  }
}

function readAll(data: CustomerData): WireTransaction[][] {
  const pages: WireTransaction[][] = [];
  let token: string | undefined;
  do {
    const page = data.transactions({}, READ_PAGE, token);
    pages.push(page.items);
    token = page.nextPageToken;
  } while (token !== undefined);
  return pages;
}

/** Builds the index from the list's own rows (exported for tests; routes use factsOf). */
export function buildFacts(data: CustomerData): Facts {
  const pages = readAll(data);
  const length = pages.reduce((sum, page) => sum + page.length, 0);
  const columns = {
    time: new Float64Array(length),
    amount: new Float64Array(length),
    currency: new Uint8Array(length),
    account: new Uint16Array(length),
    l1: new Uint8Array(length),
    l2: new Uint8Array(length),
    merchant: new Uint16Array(length),
  };
  const currencies = new Table<string>();
  const accounts = new Table<string>();
  const l1s = new Table<string>();
  const l2s = new Table<string>();
  const merchants = new Table<MerchantRef>(1);
  let row = 0;
  for (const page of pages) {
    for (const transaction of page) {
      const { currency, value } = transaction.amount;
      const categories = transaction.enrichments?.categories;
      const merchant = transaction.enrichments?.merchant;
      columns.time[row] = parseInstant(transaction.date_time);
      columns.amount[row] = parseMoney(value, currency, transaction.credit_debit_indicator).minor;
      columns.currency[row] = currencies.id(currency, () => currency);
      columns.account[row] = accounts.id(transaction.account_id, () => transaction.account_id);
      columns.l1[row] = l1s.id(categories?.l1?.slug ?? "", () => categories?.l1?.slug ?? "");
      columns.l2[row] = l2s.id(categories?.l2?.slug ?? "", () => categories?.l2?.slug ?? "");
      columns.merchant[row] = merchant?.slug
        ? merchants.id(merchant.slug, () => ({ slug: merchant.slug!, name: merchant.display_name ?? merchant.slug!, logo: merchant.logo ?? "" }))
        : 0;
      row++;
    }
  }
  return {
    length,
    ...columns,
    currencies: currencies.values,
    accounts: accounts.values,
    l1s: l1s.values,
    l2s: l2s.values,
    merchants: merchants.values,
  };
}

const cache = new WeakMap<CustomerData, Facts>();

const EMPTY: Facts = {
  length: 0,
  time: new Float64Array(0),
  amount: new Float64Array(0),
  currency: new Uint8Array(0),
  account: new Uint16Array(0),
  l1: new Uint8Array(0),
  l2: new Uint8Array(0),
  merchant: new Uint16Array(0),
  currencies: [],
  accounts: [],
  l1s: [],
  l2s: [],
  merchants: [],
};

/** The customer's index, built once per CustomerData object; empty for a customer without banks. */
export function factsOf(data: CustomerData | undefined): Facts {
  if (!data) return EMPTY;
  let facts = cache.get(data);
  if (!facts) {
    facts = buildFacts(data);
    cache.set(data, facts);
  }
  return facts;
}

/** Row range [start, end) whose time lies in [from, to] (inclusive epoch seconds), by binary search. */
export function rowsBetween(facts: Facts, from: number, to: number): { start: number; end: number } {
  const firstAtOrBefore = (time: number) => {
    let lo = 0;
    let hi = facts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (facts.time[mid]! <= time) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return { start: firstAtOrBefore(to), end: firstAtOrBefore(from - 1) };
}
