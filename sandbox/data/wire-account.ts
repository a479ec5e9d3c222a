/**
 * An account as GET /financial/v3/accounts returns it (AccountV3), with balances taken from the account's
 * balance series so they always agree with its transactions.
 */
import { isoDate } from "./calendar";
import type { BalanceSeries } from "./balances";
import type { AccountHandle } from "./profile";
import { providerLogo } from "./providers";
import { wireAmount, wireBalance } from "./wire-money";
import type { WireAccount } from "./world";

export interface AccountContext {
  assetBaseUrl: string;
  /** First day of the transaction window and the world's today, as day numbers. */
  from: number;
  today: number;
  includeAllBalances: boolean;
}

const midnight = (day: number) => `${isoDate(day)}T00:00:00Z`;

export function wireAccount(handle: AccountHandle, series: BalanceSeries, ctx: AccountContext): WireAccount {
  const { spec, bank, identifiers } = handle;
  const { currency } = spec;
  const asOf = midnight(ctx.today);
  const booked = series.booked[series.booked.length - 1] ?? 0;
  const pending = booked + series.pending;
  const lastDigits = (identifiers.uk_account_number ?? identifiers.iban ?? identifiers.pan ?? "").slice(-4);
  const limit = spec.creditLimit;
  const account: WireAccount = {
    account_id: handle.id,
    account_name: spec.name,
    suggested_name: `${spec.name} ${lastDigits}`,
    account_type: spec.type,
    account_category: spec.category,
    usage_type: spec.usage,
    currency,
    provider: bank.id,
    provider_display_name: bank.displayName,
    provider_logo: providerLogo(ctx.assetBaseUrl, bank.id),
    holders: spec.holders.map((name) => ({ name, relationship: spec.holders.length > 1 ? "joint" : "sole" })),
    identifiers,
    opening_date_time: `${spec.openedOn}T00:00:00Z`,
    balances: {
      booked: { date: asOf, ...wireBalance(booked, currency) },
      pending: { date: asOf, ...wireBalance(pending, currency) },
    },
    transaction_windows: [{ from: midnight(ctx.from), to: asOf }],
  };
  if (limit !== undefined) account.credit_lines = { limit: { date: asOf, amount: wireAmount(limit, currency) } };
  if (!ctx.includeAllBalances) return account;

  const yesterday = series.booked[series.booked.length - 2] ?? booked;
  account.balances!.all_balances = [
    { type: "closing_booked", date: `${isoDate(ctx.today - 1)}T23:59:59Z`, ...wireBalance(yesterday, currency) },
    { type: "interim_booked", date: asOf, ...wireBalance(booked, currency) },
    { type: "interim_available", date: asOf, ...wireBalance(pending, currency) },
  ];
  if (limit !== undefined) {
    account.credit_lines!.all_credit_lines = [
      { type: spec.type === "credit_card" ? "credit" : "pre_agreed", date: asOf, amount: wireAmount(limit, currency) },
      // What can still be spent: the limit plus the (signed) pending balance, never below zero.
      { type: "available", date: asOf, amount: wireAmount(Math.max(0, limit + pending), currency) },
    ];
  }
  return account;
}
