/**
 * One customer's generated data behind the CustomerData interface: the accounts of its connected banks, generated
 * once into a compact ledger over each bank's window (GeneratedCustomer), then served with the customer's payments
 * posted and category corrections applied (SeededCustomerData), with balance series, wire objects and the search index derived on demand.
 */
import { dayOf, dayOfInstant, isoDate, isoDateTime, parseInstant } from "./calendar";
import { balanceSeries, bucketDays, type BalanceSeries } from "./balances";
import { applyCorrections, similarityKey } from "./corrections";
import { generateLedger, type AccountWindow } from "./generate";
import type { Kind } from "./kinds";
import type { Ledger } from "./ledger";
import { ProfileBuilder, type AccountHandle, type Profile } from "./profile";
import { applyPostings, senderAccount, type Posted } from "./payment-postings";
import { compileQuery, selectPage } from "./query";
import { wireAccount } from "./wire-account";
import { wireBalance } from "./wire-money";
import { LedgerSearch, suggest } from "./search";
import { SearchIndex } from "./search-index";
import { TransactionWriter, transactionId } from "./wire-transaction";
import type {
  AccountsOptions,
  CategoryCorrection,
  CustomerData,
  Granularity,
  PaymentPosting,
  SearchPage,
  SearchQuery,
  SearchSuggestion,
  TransactionPage,
  TransactionQuery,
  WireBalancePoint,
  WireTransaction,
} from "./world";

export interface CustomerDataOptions {
  seed: string;
  customerId: string;
  /** Declares every account the customer could have; only those whose bank has a window are connected. */
  profile: Profile;
  /** The connected banks' windows, by provider id. */
  windows: ReadonlyMap<string, AccountWindow>;
  assetBaseUrl: string;
}

/**
 * The generated part of a customer's data (the expensive part: about a second for the heavy customer), kept
 * while the connections stay the same. Payments and corrections are layered on top by SeededCustomerData.
 */
export class GeneratedCustomer {
  /** The connected accounts, in the profile's order. */
  readonly handles: readonly AccountHandle[];
  /** Every account the profile declares, by ledger account index. */
  readonly allAccounts: readonly AccountHandle[];
  /** By ledger account index (every account of the profile): its window, or undefined when not connected. */
  readonly windows: readonly (AccountWindow | undefined)[];
  readonly accountIds: readonly (string | undefined)[];
  readonly kinds: readonly Kind[];
  readonly ledger: Ledger;
  readonly series: BalanceSeries[];
  readonly customerKey: string;
  readonly assetBaseUrl: string;

  constructor({ seed, customerId, profile, windows, assetBaseUrl }: CustomerDataOptions) {
    const builder = new ProfileBuilder(seed, customerId);
    profile(builder);
    this.allAccounts = builder.accounts;
    this.windows = builder.accounts.map((handle) => windows.get(handle.spec.bank));
    this.handles = builder.accounts.filter((handle) => this.windows[handle.index]);
    this.accountIds = builder.accounts.map((handle) => (this.windows[handle.index] ? handle.id : undefined));
    this.kinds = builder.kinds.kinds;
    this.assetBaseUrl = assetBaseUrl;
    this.customerKey = `${seed}/${customerId}`;
    this.ledger = generateLedger(builder, this.windows);
    this.series = balanceSeries(this.ledger, builder.accounts.map((h) => h.spec), this.windows);
  }
}

/** The row of a transaction id, or -1. The id's first 16 hex digits are the row's id words. */
function rowOf(ledger: Ledger, id: string): number {
  const words = /^([0-9a-f]{8})([0-9a-f]{8})[0-9a-f]{16}$/.exec(id);
  if (!words) return -1;
  const id1 = Number.parseInt(words[1]!, 16);
  const id2 = Number.parseInt(words[2]!, 16);
  for (let i = 0; i < ledger.length; i++) {
    if (ledger.id1[i] === id1 && ledger.id2[i] === id2 && transactionId(id1, id2) === id) return i;
  }
  return -1;
}

/**
 * One customer's data as served: the generated data with the customer's payments posted to it, then its
 * category corrections applied (so a payment's transaction can be corrected like any other).
 */
export class SeededCustomerData implements CustomerData {
  private readonly handles: readonly AccountHandle[];
  /** The generated ledger, payments posted, before corrections: what similarity is judged on. */
  private readonly posted: Posted;
  /** The posted ledger with the corrected kind column. */
  private readonly ledger: Ledger;
  private readonly kinds: readonly Kind[];
  private readonly writer: TransactionWriter;
  private searchIndex?: SearchIndex;
  private similarityKeys?: string[];

  constructor(
    private readonly base: GeneratedCustomer,
    corrections: readonly CategoryCorrection[] = [],
    postings: readonly PaymentPosting[] = [],
  ) {
    const posted = applyPostings(base.ledger, base.kinds, base.series, base.handles, postings);
    const { kind, kinds } = applyCorrections(posted.ledger, posted.kinds, corrections, (id) => rowOf(posted.ledger, id));
    this.handles = base.handles;
    this.posted = posted;
    this.ledger = kind === posted.ledger.kind ? posted.ledger : { ...posted.ledger, kind };
    this.kinds = kinds;
    this.writer = new TransactionWriter(this.ledger, kinds, base.allAccounts, base.assetBaseUrl, base.customerKey);
  }

  private window(handle: AccountHandle): AccountWindow {
    return this.base.windows[handle.index]!;
  }

  /** First day of an account's transaction window: the history start, or the day it opened if later. */
  private windowFrom(handle: AccountHandle): number {
    return Math.max(this.window(handle).from, dayOf(handle.spec.openedOn));
  }

  accounts(options: AccountsOptions = {}) {
    return this.handles.map((handle) =>
      wireAccount(handle, this.posted.series[handle.index]!, {
        assetBaseUrl: this.base.assetBaseUrl,
        from: this.windowFrom(handle),
        today: this.window(handle).through,
        includeAllBalances: options.includeAllBalances ?? false,
      }),
    );
  }

  account(accountId: string, options: AccountsOptions = {}) {
    return this.accounts(options).find((account) => account.account_id === accountId);
  }

  payingAccount(payment: Pick<PaymentPosting, "provider" | "currency" | "senderAccountNumber">) {
    const handle = senderAccount(this.handles, payment);
    return handle && this.account(handle.id);
  }

  transactions(query: TransactionQuery, pageSize: number, pageToken?: string): TransactionPage {
    const compiled = compileQuery(query, this.kinds, this.base.accountIds, this.base.customerKey);
    const { rows, nextPageToken } = selectPage(this.ledger, compiled, pageSize, pageToken);
    return { items: rows.map((row) => this.writer.write(row)), nextPageToken };
  }

  transactionDates() {
    const first = new Map<number, number>();
    const last = new Map<number, number>();
    // Rows are newest first: the first row seen per account is its last transaction, the final one its first.
    for (let i = 0; i < this.ledger.length; i++) {
      const account = this.ledger.account[i]!;
      if (!last.has(account)) last.set(account, this.ledger.time[i]!);
      first.set(account, this.ledger.time[i]!);
    }
    return this.handles
      .filter((handle) => first.has(handle.index))
      .map((handle) => ({
        account_id: handle.id,
        first_transaction_date: isoDateTime(first.get(handle.index)!),
        last_transaction_date: isoDateTime(last.get(handle.index)!),
      }));
  }

  balances(accountId: string, from: string | undefined, to: string | undefined, granularity: Granularity): WireBalancePoint[] {
    const handle = this.handles.find((h) => h.id === accountId);
    if (!handle) return [];
    const series = this.posted.series[handle.index]!;
    const currency = handle.spec.currency;
    const fromDay = Math.max(from ? dayOfInstant(parseInstant(from)) : -Infinity, this.windowFrom(handle));
    const through = this.window(handle).through;
    const toDay = Math.min(to ? dayOfInstant(parseInstant(to, true)) : Infinity, through);
    return bucketDays(fromDay, toDay, granularity).map((day) => {
      const booked = series.booked[day - series.startDay]!;
      // Pending rows are all recent, so only today's pending balance differs from the booked one.
      const pending = day === through ? booked + series.pending : booked;
      return { date: `${isoDate(day)}T23:59:59Z`, booked: wireBalance(booked, currency), pending: wireBalance(pending, currency) };
    });
  }

  transaction(transactionId: string): WireTransaction | undefined {
    const row = rowOf(this.ledger, transactionId);
    return row < 0 ? undefined : this.writer.write(row);
  }

  similarityKey(transactionId: string): string | undefined {
    const row = rowOf(this.ledger, transactionId);
    return row < 0 ? undefined : this.similarityKeyOf(row);
  }

  similar(transactionId: string, limit: number): WireTransaction[] | undefined {
    const key = this.similarityKey(transactionId);
    if (key === undefined) return undefined;
    const rows: number[] = [];
    for (let i = 0; i < this.ledger.length && rows.length < limit; i++) if (this.similarityKeyOf(i) === key) rows.push(i);
    return rows.map((row) => this.writer.write(row));
  }

  search(query: SearchQuery, pageSize: number, pageToken?: string): SearchPage {
    const search = new LedgerSearch(this.index(), this.ledger, this.kinds, this.base, query, (row) => this.writer.description(row));
    const { rows, nextPageToken } = selectPage(this.ledger, search.compile(), pageSize, pageToken);
    return { items: rows.map((row) => ({ transaction: this.writer.write(row), matches: search.matches(row) })), nextPageToken };
  }

  suggestions(input: string, limit: number): SearchSuggestion[] {
    return suggest(this.index(), input, limit, this.base.assetBaseUrl);
  }

  /** Similarity keys as generated, so a rule made today still finds the rows a correction has since recategorised. */
  private similarityKeyOf(row: number): string {
    const { ledger, kinds } = this.posted;
    // By (kind, direction) at 2k + (debit ? 1 : 0): a handful of strings instead of one per row.
    this.similarityKeys ??= kinds.flatMap((kind) => [similarityKey(kind, 1), similarityKey(kind, -1)]);
    return this.similarityKeys[2 * ledger.kind[row]! + (ledger.amount[row]! < 0 ? 1 : 0)]!;
  }

  /** Built on the first search and kept with this (corrected) data, so a new correction or connection rebuilds it. */
  private index(): SearchIndex {
    this.searchIndex ??= new SearchIndex(this.kinds, this.ledger.kind);
    return this.searchIndex;
  }
}
