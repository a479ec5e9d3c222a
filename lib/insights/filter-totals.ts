import type { Money } from "@/lib/domain";
import { cashFlow, currenciesOf, INCOME_CATEGORY, OWN_ACCOUNT_TRANSFER_CATEGORIES, spendOf, type CashFlow, type CategoryFlow } from "@/lib/insights/counting";
import type { MerchantTotal } from "@/lib/insights/merchants";

/*
 * What the transaction list's filters add up to, by the one counting rule (counting.ts): the figure an insight
 * showed is the figure the list shows after its click-through, because both come from the same Bud totals through
 * the same functions. Browser-safe: the route sends the result, the page only formats it.
 */

/** Debits net of refunds, in one currency (a category's spending, a merchant's). */
export interface SpentTotal {
  spent: Money;
  count: number;
}

/** Why a filter has no total: Bud's totals cannot be narrowed the way the list is. */
export type NoTotalReason = "search" | "status" | "own_transfers" | "merchant_combined";

export type TransactionTotals =
  /** A spending category or a merchant: what was spent, per currency. */
  | { kind: "spent"; totals: SpentTotal[]; leavesOutHidden: boolean }
  /** Everything, income, or one direction: money in and out per currency (`direction` says which to show). */
  | { kind: "flow"; totals: CashFlow[]; direction: "in" | "out" | null; leavesOutHidden: boolean }
  | { kind: "none"; reason: NoTotalReason };

/** The filters a total depends on, named as in the list's URL. */
export interface TotalFilters {
  category_l1?: string;
  category_l2?: string;
  merchant?: string;
  direction?: "in" | "out";
}

const isOwnTransfer = (l1: string | undefined, l2: string) =>
  (OWN_ACCOUNT_TRANSFER_CATEGORIES as readonly string[]).some((excluded) => excluded === `${l1}.${l2}` || (l1 === undefined && excluded.endsWith(`.${l2}`)));

/** The one category the filters name (an L2 inside its L1), as Bud totalled it; null when it had no transactions. */
function categoryFlow(flows: readonly CategoryFlow[], l1: string | undefined, l2: string | undefined): CategoryFlow | null {
  const parents = l1 === undefined ? flows : flows.filter((flow) => flow.category === l1);
  if (l2 === undefined) return parents[0] ?? null;
  return parents.flatMap((flow) => flow.subcategories).find((flow) => flow.category === l2) ?? null;
}

function spentTotals(flow: CategoryFlow | null): SpentTotal[] {
  if (!flow) return [];
  return currenciesOf([flow]).map((currency) => {
    const { amount, count } = spendOf(flow, currency);
    return { spent: amount, count };
  });
}

/**
 * The total for the list's category, direction and account filters from Bud's category totals over the same days
 * and accounts (own-account transfers already excluded there). `leavesOutHidden`: the totals skipped accounts the
 * user hid from totals, which the list still shows.
 */
export function totalsFromFlows(flows: readonly CategoryFlow[], filters: TotalFilters, leavesOutHidden: boolean): TransactionTotals {
  const { category_l1: l1, category_l2: l2, direction } = filters;
  if (l2 !== undefined && isOwnTransfer(l1, l2)) return { kind: "none", reason: "own_transfers" };
  const named = l1 !== undefined || l2 !== undefined;
  const selected = named ? [categoryFlow(flows, l1, l2)].filter((flow) => flow !== null) : flows;
  if (direction === undefined && named && l1 !== INCOME_CATEGORY) {
    return { kind: "spent", totals: spentTotals(selected[0] ?? null), leavesOutHidden };
  }
  return { kind: "flow", totals: cashFlow(selected), direction: direction ?? null, leavesOutHidden };
}

/** One merchant's spending, from Bud's merchant totals over the same days (the number Top merchants shows). */
export function totalsFromMerchants(merchants: readonly MerchantTotal[], slug: string): TransactionTotals {
  const totals = merchants.filter((merchant) => merchant.slug === slug).map(({ spent, count }) => ({ spent, count }));
  return { kind: "spent", totals, leavesOutHidden: false };
}
