/**
 * One demo customer's seeded data behind the CustomerData interface: generated once into a compact ledger,
 * with balance series and wire objects derived on demand.
 */
import { addMonths, dayOf, dayOfInstant, isoDate, isoDateTime, parseInstant } from "./calendar";
import { balanceSeries, bucketDays, type BalanceSeries } from "./balances";
import { generateLedger } from "./generate";
import type { Kind } from "./kinds";
import type { Ledger } from "./ledger";
import { ProfileBuilder, type AccountHandle, type Profile } from "./profile";
import { compileQuery, selectPage } from "./query";
import { wireAccount } from "./wire-account";
import { wireBalance } from "./wire-money";
import { TransactionWriter } from "./wire-transaction";
import type { AccountsOptions, CustomerData, Granularity, TransactionPage, TransactionQuery, WireBalancePoint } from "./world";

/** The seeded history: the 24 months before today. */
const HISTORY_MONTHS = 24;

export interface CustomerDataOptions {
  seed: string;
  customerId: string;
  profile: Profile;
  /** Day number of the world's today. */
  today: number;
  assetBaseUrl: string;
}

export class SeededCustomerData implements CustomerData {
  private readonly handles: readonly AccountHandle[];
  private readonly kinds: readonly Kind[];
  private readonly ledger: Ledger;
  private readonly series: BalanceSeries[];
  private readonly writer: TransactionWriter;
  private readonly customerKey: string;
  private readonly start: number;
  private readonly today: number;
  private readonly assetBaseUrl: string;

  constructor({ seed, customerId, profile, today, assetBaseUrl }: CustomerDataOptions) {
    const builder = new ProfileBuilder(seed, customerId);
    profile(builder);
    this.handles = builder.accounts;
    this.kinds = builder.kinds.kinds;
    this.today = today;
    this.start = addMonths(today, -HISTORY_MONTHS);
    this.assetBaseUrl = assetBaseUrl;
    this.customerKey = `${seed}/${customerId}`;
    this.ledger = generateLedger(builder, this.start, today);
    this.series = balanceSeries(this.ledger, this.handles.map((h) => h.spec), this.start, today);
    this.writer = new TransactionWriter(this.ledger, this.kinds, this.handles, assetBaseUrl, this.customerKey);
  }

  /** First day of an account's transaction window: the history start, or the day it opened if later. */
  private windowFrom(handle: AccountHandle): number {
    return Math.max(this.start, dayOf(handle.spec.openedOn));
  }

  accounts(options: AccountsOptions = {}) {
    return this.handles.map((handle) =>
      wireAccount(handle, this.series[handle.index]!, {
        assetBaseUrl: this.assetBaseUrl,
        from: this.windowFrom(handle),
        today: this.today,
        includeAllBalances: options.includeAllBalances ?? false,
      }),
    );
  }

  account(accountId: string, options: AccountsOptions = {}) {
    return this.accounts(options).find((account) => account.account_id === accountId);
  }

  transactions(query: TransactionQuery, pageSize: number, pageToken?: string): TransactionPage {
    const compiled = compileQuery(query, this.kinds, this.handles.map((h) => h.id), this.customerKey);
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
    const series = this.series[handle.index]!;
    const currency = handle.spec.currency;
    const fromDay = Math.max(from ? dayOfInstant(parseInstant(from)) : -Infinity, this.windowFrom(handle));
    const toDay = Math.min(to ? dayOfInstant(parseInstant(to, true)) : Infinity, this.today);
    return bucketDays(fromDay, toDay, granularity).map((day) => {
      const booked = series.booked[day - series.startDay]!;
      // Pending rows are all recent, so only today's pending balance differs from the booked one.
      const pending = day === this.today ? booked + series.pending : booked;
      return { date: `${isoDate(day)}T23:59:59Z`, booked: wireBalance(booked, currency), pending: wireBalance(pending, currency) };
    });
  }
}
