/**
 * One customer's generated data behind the CustomerData interface: the accounts of its connected banks, generated
 * once into a compact ledger over each bank's window, with balance series and wire objects derived on demand.
 */
import { dayOf, dayOfInstant, isoDate, isoDateTime, parseInstant } from "./calendar";
import { balanceSeries, bucketDays, type BalanceSeries } from "./balances";
import { generateLedger, type AccountWindow } from "./generate";
import type { Kind } from "./kinds";
import type { Ledger } from "./ledger";
import { ProfileBuilder, type AccountHandle, type Profile } from "./profile";
import { compileQuery, selectPage } from "./query";
import { wireAccount } from "./wire-account";
import { wireBalance } from "./wire-money";
import { TransactionWriter } from "./wire-transaction";
import type { AccountsOptions, CustomerData, Granularity, TransactionPage, TransactionQuery, WireBalancePoint } from "./world";

export interface CustomerDataOptions {
  seed: string;
  customerId: string;
  /** Declares every account the customer could have; only those whose bank has a window are connected. */
  profile: Profile;
  /** The connected banks' windows, by provider id. */
  windows: ReadonlyMap<string, AccountWindow>;
  assetBaseUrl: string;
}

export class SeededCustomerData implements CustomerData {
  /** The connected accounts, in the profile's order. */
  private readonly handles: readonly AccountHandle[];
  /** By ledger account index (every account of the profile): its window, or undefined when not connected. */
  private readonly windows: readonly (AccountWindow | undefined)[];
  private readonly accountIds: readonly (string | undefined)[];
  private readonly kinds: readonly Kind[];
  private readonly ledger: Ledger;
  private readonly series: BalanceSeries[];
  private readonly writer: TransactionWriter;
  private readonly customerKey: string;
  private readonly assetBaseUrl: string;

  constructor({ seed, customerId, profile, windows, assetBaseUrl }: CustomerDataOptions) {
    const builder = new ProfileBuilder(seed, customerId);
    profile(builder);
    this.windows = builder.accounts.map((handle) => windows.get(handle.spec.bank));
    this.handles = builder.accounts.filter((handle) => this.windows[handle.index]);
    this.accountIds = builder.accounts.map((handle) => (this.windows[handle.index] ? handle.id : undefined));
    this.kinds = builder.kinds.kinds;
    this.assetBaseUrl = assetBaseUrl;
    this.customerKey = `${seed}/${customerId}`;
    this.ledger = generateLedger(builder, this.windows);
    this.series = balanceSeries(this.ledger, builder.accounts.map((h) => h.spec), this.windows);
    this.writer = new TransactionWriter(this.ledger, this.kinds, builder.accounts, assetBaseUrl, this.customerKey);
  }

  private window(handle: AccountHandle): AccountWindow {
    return this.windows[handle.index]!;
  }

  /** First day of an account's transaction window: the history start, or the day it opened if later. */
  private windowFrom(handle: AccountHandle): number {
    return Math.max(this.window(handle).from, dayOf(handle.spec.openedOn));
  }

  accounts(options: AccountsOptions = {}) {
    return this.handles.map((handle) =>
      wireAccount(handle, this.series[handle.index]!, {
        assetBaseUrl: this.assetBaseUrl,
        from: this.windowFrom(handle),
        today: this.window(handle).through,
        includeAllBalances: options.includeAllBalances ?? false,
      }),
    );
  }

  account(accountId: string, options: AccountsOptions = {}) {
    return this.accounts(options).find((account) => account.account_id === accountId);
  }

  transactions(query: TransactionQuery, pageSize: number, pageToken?: string): TransactionPage {
    const compiled = compileQuery(query, this.kinds, this.accountIds, this.customerKey);
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
    const through = this.window(handle).through;
    const toDay = Math.min(to ? dayOfInstant(parseInstant(to, true)) : Infinity, through);
    return bucketDays(fromDay, toDay, granularity).map((day) => {
      const booked = series.booked[day - series.startDay]!;
      // Pending rows are all recent, so only today's pending balance differs from the booked one.
      const pending = day === through ? booked + series.pending : booked;
      return { date: `${isoDate(day)}T23:59:59Z`, booked: wireBalance(booked, currency), pending: wireBalance(pending, currency) };
    });
  }
}
