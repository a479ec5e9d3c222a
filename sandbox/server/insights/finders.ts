/**
 * Bud's smart finders over the customer's transaction list: regular transactions, their predicted future
 * payments on the stand-in clock, income, and subscriptions, in each endpoint's own (partly legacy) shapes.
 */
import { parseMoney } from "../../../lib/money";
import { addMonths, dayOfInstant, isoDate, parseInstant } from "../../data/calendar";
import { wireAmount } from "../../data/wire-money";
import type { WireTransaction } from "../../data/world";
import { nextDay, type Series } from "./recurring";

const capitalised = (direction: "credit" | "debit") => (direction === "credit" ? "Credit" : "Debit");

function merchantOf(t: WireTransaction) {
  const merchant = t.enrichments?.merchant;
  return merchant?.slug ? { id: merchant.slug, name: merchant.display_name ?? merchant.slug, logo: merchant.logo ?? "" } : undefined;
}

/** BasicTransactionV2 (income, subscriptions): BudAmount with a capitalised direction. */
export function basicTransaction(t: WireTransaction) {
  return {
    transaction_id: t.transaction_id,
    account_id: t.account_id,
    transaction_description: t.description,
    provider: t.provider,
    date: t.date_time,
    amount: t.amount,
    credit_debit_indicator: capitalised(t.credit_debit_indicator),
  };
}

/** GET /v1/regular-transactions: the legacy amount shape `{amount, currency}` and a nullable merchant. */
export function regularTransactions(series: readonly Series[]) {
  return series.map(({ label, period, score, transactions }) => ({
    label,
    period,
    score,
    transactions: transactions.map((t) => ({
      ...basicTransaction(t),
      amount: { amount: t.amount.value, currency: t.amount.currency },
      merchant: merchantOf(t) ?? null,
    })),
  }));
}

/** `change_percentage[<l2>|all]`: an L2's own value wins over `all`, which wins over the spec's default of 2. */
export interface ChangePercentages {
  byL2: ReadonlyMap<string, number>;
}

export const DEFAULT_CHANGE_PERCENTAGE = 2;

function changeFor(percentages: ChangePercentages, l2: string | undefined): number {
  return (l2 !== undefined ? percentages.byL2.get(l2) : undefined) ?? percentages.byL2.get("all") ?? DEFAULT_CHANGE_PERCENTAGE;
}

/**
 * A series is still running when its last payment is at most two periods old; its next payments up to `months`
 * from today (on the series' due day of the month, moved off weekends as its payments were) each grow by the change percentage, compounded per payment (Bud's example: 100.00, 102.00, 104.04).
 */
export function futureTransactions(series: readonly Series[], today: number, months: number, percentages: ChangePercentages) {
  const horizon = addMonths(today, months);
  return series.flatMap((one) => {
    const { label, period, score, transactions } = one;
    const last = transactions[transactions.length - 1]!;
    const lastDay = dayOfInstant(parseInstant(last.date_time));
    const staleAfter = nextDay(one, lastDay, 2);
    if (staleAfter === undefined || staleAfter < today) return [];
    const categories = last.enrichments?.categories;
    const growth = 1 + changeFor(percentages, categories?.l2?.slug) / 100;
    const { minor } = parseMoney(last.amount.value, last.amount.currency);
    const future: { date: string; amount: { value: string; currency: string } }[] = [];
    for (let n = 1; ; n++) {
      const day = nextDay(one, lastDay, n)!;
      if (day > horizon) break;
      if (day >= today) future.push({ date: isoDate(day), amount: wireAmount(Math.round(minor * growth ** n), last.amount.currency) });
    }
    if (future.length === 0) return [];
    return [
      {
        transaction_id: last.transaction_id,
        account_id: last.account_id,
        transaction_description: last.description,
        date_time: last.date_time,
        amount: last.amount,
        credit_debit_indicator: last.credit_debit_indicator,
        label,
        period,
        confidence: score,
        ...(categories?.l1?.slug &&
          categories.l2?.slug && {
            categories: {
              l1: { slug: categories.l1.slug, confidence: categories.l1.confidence ?? "1.00" },
              l2: { slug: categories.l2.slug, confidence: categories.l2.confidence ?? "1.00" },
            },
          }),
        future_transactions: future,
      },
    ];
  });
}

const SALARY_L2S = new Set(["salary", "employment_income"]);
const label = (slug: string) => slug.charAt(0).toUpperCase() + slug.slice(1).replace(/_/g, " ");

/** Income is a credit Bud tags `income` or categorises under the `income` L1. */
export const isIncome = (t: WireTransaction) =>
  t.credit_debit_indicator === "credit" && (t.tags?.includes("income") || t.enrichments?.categories?.l1?.slug === "income");

function incomeTransaction(t: WireTransaction) {
  const categories = t.enrichments?.categories;
  const confidence = categories?.l2?.confidence ?? "1.00";
  const entry = (slug: string | undefined) => (slug ? [{ name: slug, confidence, label: label(slug) }] : []);
  const merchant = merchantOf(t);
  const salary = SALARY_L2S.has(categories?.l2?.slug ?? "");
  return {
    ...basicTransaction(t),
    enrichment: {
      categories: { l1: entry(categories?.l1?.slug), l2: entry(categories?.l2?.slug), l3: [] },
      ...(merchant && { merchant: { ...merchant, confidence } }),
      income: { type: salary ? "salary_or_wages" : "other_incoming", confidence },
    },
  };
}

/** Average days in a month, to turn a period into a number of months for the monthly averages. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * GET /v2/income: the income rows (newest first) and monthly averages in the first row's currency, as Bud
 * documents (other currencies are ignored); regular income is the part in a known schedule.
 */
export function income(rows: readonly WireTransaction[], periodDays: number) {
  const currency = rows[0]!.amount.currency;
  const months = Math.max(1, Math.round(periodDays / DAYS_PER_MONTH));
  let all = 0;
  let regular = 0;
  for (const t of rows) {
    if (t.amount.currency !== currency) continue;
    const { minor } = parseMoney(t.amount.value, currency);
    all += minor;
    if (t.enrichments?.regularity) regular += minor;
  }
  return {
    transactions: rows.map(incomeTransaction),
    statistics: {
      average: { monthly: { income: wireAmount(Math.round(all / months), currency), regular_income: wireAmount(Math.round(regular / months), currency) } },
    },
  };
}

const SUBSCRIPTION_TYPES: Readonly<Record<string, string>> = {
  tv_streaming_services: "media_streaming",
  music_streaming: "media_streaming",
  books_and_reading: "newspapers_and_magazines",
  software_and_apps: "technology",
  mobile_phone: "technology",
  broadband: "technology",
  gym_and_fitness: "fitness_and_gym",
  charity: "charitable_donations",
  groceries: "food_and_drink",
  coffee: "food_and_drink",
  takeaways: "food_and_drink",
};

/** GET /v1/subscriptions: the period's `subscription` rows grouped per merchant (or description), oldest first. */
export function subscriptions(rows: readonly WireTransaction[]) {
  const groups = new Map<string, WireTransaction[]>();
  for (const t of [...rows].reverse()) {
    const key = t.enrichments?.merchant?.slug ?? t.description;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()].map((transactions) => {
    const first = transactions[0]!;
    const l1 = first.enrichments?.categories?.l1?.slug ?? "general";
    const l2 = first.enrichments?.categories?.l2?.slug ?? "other_general";
    const merchant = merchantOf(first);
    return {
      subscription_type: SUBSCRIPTION_TYPES[l2] ?? "unknown",
      period: first.enrichments?.regularity?.frequency ?? "unknown",
      categories: { l1, l2 },
      ...(merchant && { merchant }),
      transactions: transactions.map(basicTransaction),
    };
  });
}
