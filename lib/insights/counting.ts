import type { Money } from "@/lib/domain";

/*
 * The one rule for what counts, used by every total in the product (insights, budgets, the transaction list's
 * totals); the README states it in words. Browser-safe: widgets derive their figures from the same answer.
 *
 * - Bud computes every total from the customer's transactions: booked and pending count, declined never.
 * - A refund is a credit in the category it refunds, so a category's spending is its debits minus its credits.
 * - Money moved between the customer's own accounts (into savings, paying off a card) is neither spending nor
 *   income: every aggregation request excludes OWN_ACCOUNT_TRANSFER_CATEGORIES through Bud's category filters.
 * - Totals are per currency and never added across currencies.
 * - Accounts the user hid from totals (lib/hidden-accounts.ts) count nowhere: every total asks Bud for the other
 *   accounts only, through the endpoints' `account_id` filters (countedAccountIds), and net worth and the balance
 *   chart's total line leave them out. They are still listed, marked, and their own page still shows their figures.
 */

/** The categories Bud gives both legs of a transfer between a customer's own accounts. */
export const OWN_ACCOUNT_TRANSFER_CATEGORIES = ["pensions_savings_and_investments.savings", "borrowing_and_loans.credit_cards"] as const;

/**
 * Which accounts a total covers: undefined when none is hidden (no filter: every account, including ones Bud adds
 * later), else the ids of the accounts still counted, which may be none at all. Hidden ids of accounts that are
 * gone are ignored.
 */
export function countedAccountIds(accountIds: readonly string[], hidden: ReadonlySet<string>): string[] | undefined {
  if (!accountIds.some((id) => hidden.has(id))) return undefined;
  return accountIds.filter((id) => !hidden.has(id));
}

/** Money coming in is not spending; its L1 is left out of every spending total. */
export const INCOME_CATEGORY = "income";

/** One currency's total and how many transactions made it; debits are negative. */
export interface CurrencyTotal {
  amount: Money;
  /** Never negative. */
  count: number;
}

export interface CategoryFlow {
  /** An L1 slug, or an L2 slug inside `subcategories`. */
  category: string;
  credits: CurrencyTotal[];
  debits: CurrencyTotal[];
  subcategories: CategoryFlow[];
}

export interface Spend {
  category: string;
  /** Debits minus refunds, as a positive amount. */
  amount: Money;
  count: number;
  subcategories: Spend[];
}

const minorIn = (totals: readonly CurrencyTotal[], currency: string) =>
  totals.reduce((sum, total) => (total.amount.currency === currency ? sum + total.amount.minor : sum), 0);
const countIn = (totals: readonly CurrencyTotal[], currency: string) =>
  totals.reduce((sum, total) => (total.amount.currency === currency ? sum + total.count : sum), 0);

/** Pounds first for a UK audience, then the rest alphabetically. */
export function byCurrencyOrder(a: string, b: string): number {
  return a === "GBP" ? -1 : b === "GBP" ? 1 : a.localeCompare(b);
}

/** Every currency any flow mentions, in display order. */
export function currenciesOf(flows: readonly CategoryFlow[]): string[] {
  const currencies = new Set(flows.flatMap((flow) => [...flow.credits, ...flow.debits].map((total) => total.amount.currency)));
  return [...currencies].sort(byCurrencyOrder);
}

/** One category's net spending in one currency (its debits minus its refunds), whatever its sign. */
export function spendOf(flow: CategoryFlow, currency: string): Spend {
  return {
    category: flow.category,
    amount: { minor: -(minorIn(flow.debits, currency) + minorIn(flow.credits, currency)), currency },
    count: countIn(flow.debits, currency) + countIn(flow.credits, currency),
    subcategories: spendingIn(flow.subcategories, currency),
  };
}

function spendingIn(flows: readonly CategoryFlow[], currency: string): Spend[] {
  return flows
    .map((flow) => spendOf(flow, currency))
    .filter((spend) => spend.amount.minor > 0)
    .sort((a, b) => b.amount.minor - a.amount.minor || a.category.localeCompare(b.category));
}

/** Net spending per category in one currency, largest first; income and categories refunded in full drop out. */
export function spendingByCategory(flows: readonly CategoryFlow[], currency: string): Spend[] {
  return spendingIn(
    flows.filter((flow) => flow.category !== INCOME_CATEGORY),
    currency,
  );
}

export function totalOf(spends: readonly Spend[], currency: string): Money {
  return { minor: spends.reduce((sum, spend) => sum + spend.amount.minor, 0), currency };
}

export const OTHER_CATEGORY = "other";

export interface TopSpends {
  top: Spend[];
  /** Everything after the top ones, added up; null when nothing is left over. */
  other: (Spend & { categories: string[] }) | null;
}

/** The `count` largest categories, and the rest as one "Other" entry (never an "Other" of a single category). */
export function topWithOther(spends: readonly Spend[], count: number): TopSpends {
  if (spends.length <= count + 1) return { top: [...spends], other: null };
  const rest = spends.slice(count);
  const currency = rest[0]?.amount.currency ?? "GBP";
  return {
    top: spends.slice(0, count),
    other: {
      category: OTHER_CATEGORY,
      amount: totalOf(rest, currency),
      count: rest.reduce((sum, spend) => sum + spend.count, 0),
      subcategories: [],
      categories: rest.map((spend) => spend.category),
    },
  };
}

export interface CashFlow {
  currency: string;
  /** Credits: income and refunds. */
  moneyIn: Money;
  /** Debits, as a positive amount. */
  moneyOut: Money;
  /** In minus out. */
  net: Money;
  /** How many transactions made it, both ways. */
  count: number;
}

/** Money in and out per currency across every counted category (own-account transfers already excluded). */
export function cashFlow(flows: readonly CategoryFlow[]): CashFlow[] {
  return currenciesOf(flows).map((currency) => {
    const moneyIn = flows.reduce((sum, flow) => sum + minorIn(flow.credits, currency), 0);
    const moneyOut = -flows.reduce((sum, flow) => sum + minorIn(flow.debits, currency), 0);
    return {
      currency,
      moneyIn: { minor: moneyIn, currency },
      moneyOut: { minor: moneyOut, currency },
      net: { minor: moneyIn - moneyOut, currency },
      count: flows.reduce((sum, flow) => sum + countIn(flow.credits, currency) + countIn(flow.debits, currency), 0),
    };
  });
}
