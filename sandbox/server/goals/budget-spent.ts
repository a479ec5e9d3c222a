/**
 * What Bud computes for a spending budget on every read: the period it covers on a given day, the customer's
 * debits in that period that match its categories or merchants, and `spent` with Bud's ratio string.
 */
import { parseMoney } from "../../../lib/money";
import { addMonths, civil, dayFromCivil, dayOf, isoDateTime, SECONDS_PER_DAY } from "../../data/calendar";
import { wireAmount } from "../../data/wire-money";
import type { CustomerData, WireTransaction } from "../../data/world";
import type { StoredBudget } from "../store/state";

/** Inclusive epoch seconds. */
export interface SpendPeriod {
  from: number;
  to: number;
}

/**
 * Monthly budgets run from `starting_day` to the day before it next month (UTC days, as Bud's examples show);
 * a one-off budget has no end in Bud, so it counts everything from the day it was created to `day`.
 */
export function budgetPeriod(budget: StoredBudget, day: number): SpendPeriod {
  if (budget.recurrency.period === "one-off") {
    const created = dayOf(budget.created_at.slice(0, 10));
    return { from: created * SECONDS_PER_DAY, to: (Math.max(day, created) + 1) * SECONDS_PER_DAY - 1 };
  }
  const startingDay = budget.recurrency.starting_day ?? 1;
  const { year, month, dayOfMonth } = civil(day);
  const thisMonth = dayFromCivil(year, month, startingDay);
  const start = dayOfMonth >= startingDay ? thisMonth : addMonths(thisMonth, -1);
  return { from: start * SECONDS_PER_DAY, to: addMonths(start, 1) * SECONDS_PER_DAY - 1 };
}

/** A budget with neither categories nor merchants covers all spending. */
export function matchesBudget(include: StoredBudget["include"], transaction: WireTransaction): boolean {
  const categories = include?.categories ?? [];
  const slugs = include?.merchants?.slugs ?? [];
  if (categories.length === 0 && slugs.length === 0) return true;
  const l1 = transaction.enrichments?.categories?.l1?.slug;
  const l2 = transaction.enrichments?.categories?.l2?.slug;
  const merchant = transaction.enrichments?.merchant?.slug;
  return (
    categories.some((category) => category.l1 === l1 && (!category.l2?.length || (l2 !== undefined && category.l2.includes(l2)))) ||
    (merchant !== undefined && slugs.includes(merchant))
  );
}

const PAGE = 200;

/**
 * The budget's debits in the period, newest first: in the budget's currency, on the given accounts when
 * `accountIds` is set, booked and pending alike (money already committed counts against a budget).
 */
export function budgetTransactions(
  data: CustomerData | undefined,
  budget: StoredBudget,
  period: SpendPeriod,
  accountIds?: readonly string[],
): WireTransaction[] {
  if (!data) return [];
  const query = { dateFrom: isoDateTime(period.from), dateTo: isoDateTime(period.to), creditDebitIndicator: "debit" as const };
  const matching: WireTransaction[] = [];
  let token: string | undefined;
  do {
    const page = data.transactions(query, PAGE, token);
    for (const transaction of page.items) {
      if (
        transaction.amount.currency === budget.amount.currency &&
        (!accountIds || accountIds.includes(transaction.account_id)) &&
        matchesBudget(budget.include, transaction)
      ) {
        matching.push(transaction);
      }
    }
    token = page.nextPageToken;
  } while (token !== undefined);
  return matching;
}

export interface Spent {
  from: string;
  to: string;
  amount: { value: string; currency: string };
  /** spent ÷ limit to two decimals, as a string ("0.54"; over budget is above "1.00"). */
  ratio: string;
}

export function spentOf(budget: StoredBudget, period: SpendPeriod, transactions: readonly WireTransaction[]): Spent {
  const { currency } = budget.amount;
  const spent = transactions.reduce((sum, transaction) => sum + parseMoney(transaction.amount.value, currency).minor, 0);
  const limit = parseMoney(budget.amount.value, currency).minor;
  const hundredths = Math.round((spent * 100) / limit);
  return {
    from: isoDateTime(period.from),
    to: isoDateTime(period.to),
    amount: wireAmount(spent, currency),
    ratio: `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`,
  };
}
