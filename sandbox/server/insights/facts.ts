/**
 * The aggregation endpoints' index of one customer's transactions: every row the transaction list serves
 * (booked and pending, the list's default), read once through CustomerData.transactions() (so whatever that
 * source applies, corrections included, is what gets totalled) and kept as compact columns, newest first.
 * Built on first use (or at start-up for the demo customers) and cached per CustomerData object: CustomerData
 * objects are immutable and the world hands out a new one whenever a customer's data changes, so a changed
 * customer is re-indexed and an unchanged one never rescanned.
 */
import { parseMoney } from "../../../lib/money";
import { parseInstant } from "../../data/calendar";
import type { CustomerData, TransactionQuery, WireTransaction } from "../../data/world";

/** Rows read per page: building yields to the event loop between pages, so other requests keep being served. */
const READ_PAGE = 1000;

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
  readonly l1: Uint16Array;
  readonly l2: Uint16Array;
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

/** Every page the transaction list serves for `query`, in order (newest first), read lazily. */
export function* listPages(data: CustomerData, query: TransactionQuery = {}): Generator<WireTransaction[]> {
  let token: string | undefined;
  do {
    const page = data.transactions(query, READ_PAGE, token);
    yield page.items;
    token = page.nextPageToken;
  } while (token !== undefined);
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds the index from the list's own rows, a page at a time, yielding between pages: writing the heavy
 * customer's ~105k wire rows takes about a second on an idle machine, and the stand-in must not stall meanwhile.
 */
export async function buildFacts(data: CustomerData): Promise<Facts> {
  const columns = { time: [] as number[], amount: [] as number[], currency: [] as number[], account: [] as number[], l1: [] as number[], l2: [] as number[], merchant: [] as number[] };
  const currencies = new Table<string>();
  const accounts = new Table<string>();
  const l1s = new Table<string>();
  const l2s = new Table<string>();
  const merchants = new Table<MerchantRef>(1);
  for (const page of listPages(data)) {
    for (const transaction of page) {
      const { currency, value } = transaction.amount;
      const l1 = transaction.enrichments?.categories?.l1?.slug ?? "";
      const l2 = transaction.enrichments?.categories?.l2?.slug ?? "";
      const merchant = transaction.enrichments?.merchant;
      columns.time.push(parseInstant(transaction.date_time));
      columns.amount.push(parseMoney(value, currency, transaction.credit_debit_indicator).minor);
      columns.currency.push(currencies.id(currency, () => currency));
      columns.account.push(accounts.id(transaction.account_id, () => transaction.account_id));
      columns.l1.push(l1s.id(l1, () => l1));
      columns.l2.push(l2s.id(l2, () => l2));
      columns.merchant.push(
        merchant?.slug ? merchants.id(merchant.slug, () => ({ slug: merchant.slug!, name: merchant.display_name ?? merchant.slug!, logo: merchant.logo ?? "" })) : 0,
      );
    }
    await nextTurn();
  }
  return {
    length: columns.time.length,
    time: Float64Array.from(columns.time),
    amount: Float64Array.from(columns.amount),
    currency: Uint8Array.from(columns.currency),
    account: Uint16Array.from(columns.account),
    l1: Uint16Array.from(columns.l1),
    l2: Uint16Array.from(columns.l2),
    merchant: Uint16Array.from(columns.merchant),
    currencies: currencies.values,
    accounts: accounts.values,
    l1s: l1s.values,
    l2s: l2s.values,
    merchants: merchants.values,
  };
}

const cache = new WeakMap<CustomerData, Promise<Facts>>();

const EMPTY: Facts = {
  length: 0,
  time: new Float64Array(0),
  amount: new Float64Array(0),
  currency: new Uint8Array(0),
  account: new Uint16Array(0),
  l1: new Uint16Array(0),
  l2: new Uint16Array(0),
  merchant: new Uint16Array(0),
  currencies: [],
  accounts: [],
  l1s: [],
  l2s: [],
  merchants: [],
};

/**
 * The customer's index, built once per CustomerData object (concurrent callers share one build; a failed build
 * is forgotten so the next call retries); empty for a customer without banks.
 */
export function factsOf(data: CustomerData | undefined): Promise<Facts> {
  if (!data) return Promise.resolve(EMPTY);
  let facts = cache.get(data);
  if (!facts) {
    facts = buildFacts(data);
    facts.catch(() => cache.delete(data));
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
