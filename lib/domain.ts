/**
 * Budgie's domain types: what lib/bud returns after parsing Bud's wire shapes, what route handlers send as JSON,
 * and what components render. Wire types (lib/bud/generated) never leave lib/bud.
 * Each type our API sends is defined here once; the browser's fetchers name these types with `import type`
 * (lib/queries.ts), so the compiler ties what a route returns to what the UI reads and none of the schemas ship
 * to the browser. Dates are ISO 8601 strings so values survive JSON and React Query hydration unchanged.
 */
import { z } from "zod";
import type { Money as MoneyValue } from "@/lib/money";

export type Money = MoneyValue;
export const Money: z.ZodType<Money> = z.object({
  minor: z.number().refine(Number.isSafeInteger, "Not a safe integer"),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

export const AccountKind = z.enum(["current", "savings", "credit_card", "loan", "mortgage", "investment", "other"]);
export type AccountKind = z.infer<typeof AccountKind>;

export const Provider = z.object({
  id: z.string(),
  name: z.string(),
  logoUrl: z.string().nullable(),
});
export type Provider = z.infer<typeof Provider>;

/** An account as Bud describes it. */
export const BudAccount = z.object({
  id: z.string(),
  name: z.string(),
  kind: AccountKind,
  /** Bud's raw account_type, kept for display when `kind` is "other". */
  type: z.string().nullable(),
  currency: z.string(),
  provider: Provider,
  holderName: z.string().nullable(),
  identifiers: z.object({
    sortCode: z.string().nullable(),
    accountNumberLast4: z.string().nullable(),
    ibanLast4: z.string().nullable(),
    panLast4: z.string().nullable(),
  }),
  /** Signed: a credit card owing £120 has booked.minor = -12000. */
  booked: Money.nullable(),
  pending: Money.nullable(),
  creditLimit: Money.nullable(),
  /** ISO date-time of the booked balance: when the data was last refreshed from the bank. */
  balanceDate: z.string().nullable(),
  isLiability: z.boolean(),
  isClosed: z.boolean(),
});
export type BudAccount = z.infer<typeof BudAccount>;

/** An account as the app shows it: Bud's view plus the user's own preferences about it (lib/hidden-accounts.ts). */
export const Account = BudAccount.extend({
  /** Left out of net worth and every total (the counting rule in lib/insights/counting.ts), still listed. */
  hiddenFromTotals: z.boolean(),
});
export type Account = z.infer<typeof Account>;

export const TransactionStatus = z.enum(["booked", "pending", "declined"]);
export type TransactionStatus = z.infer<typeof TransactionStatus>;

export const Category = z.object({ l1: z.string(), l2: z.string().nullable() });
export type Category = z.infer<typeof Category>;

/** Bud's taxonomy: each L1 slug with the L2 slugs under it. */
export const CategoryTaxonomy = z.array(z.object({ slug: z.string(), subcategories: z.array(z.string()) }));
export type CategoryTaxonomy = z.infer<typeof CategoryTaxonomy>;

export const Merchant = z.object({
  id: z.string().nullable(),
  slug: z.string().nullable(),
  name: z.string(),
  logoUrl: z.string().nullable(),
});
export type Merchant = z.infer<typeof Merchant>;

export const Transaction = z.object({
  id: z.string(),
  accountId: z.string(),
  /** ISO date-time when it occurred. */
  date: z.string(),
  /** The cleaned description Bud suggests; falls back to the raw description. */
  description: z.string(),
  rawDescription: z.string(),
  /** Signed: debits negative. */
  amount: Money,
  status: TransactionStatus,
  category: Category.nullable(),
  merchant: Merchant.nullable(),
  logoUrl: z.string().nullable(),
  tags: z.array(z.string()),
  /** ISO date-time the money moved, when the bank says (card payments settle a day later). */
  valueDate: z.string().nullable(),
  merchantWebsite: z.string().nullable(),
  /** The other side of a transfer or payment, as the bank names it. */
  counterparty: z.object({ name: z.string().nullable(), identifier: z.string().nullable() }).nullable(),
  /** "Leeds, GB": Bud's location enrichment, when present. */
  location: z.string().nullable(),
  /** How often it recurs and when Bud expects the next one, when Bud has seen a pattern. */
  regularity: z.object({ frequency: z.string(), nextExpected: z.string().nullable() }).nullable(),
});
export type Transaction = z.infer<typeof Transaction>;

export interface Page<T> {
  items: T[];
  /** Opaque; absent on the last page. */
  nextPageToken: string | null;
}

/** The schema of a page of `item`s, for checking a paged answer in the browser. */
export function pageOf<T>(item: z.ZodType<T>): z.ZodType<Page<T>> {
  return z.object({ items: z.array(item), nextPageToken: z.string().nullable() });
}

/** One end-of-day balance. */
export interface BalancePoint {
  date: string;
  booked: Money;
  pending: Money | null;
}

export interface TransactionFilters {
  accountId?: string;
  from?: string;
  to?: string;
  categoryL1?: string;
  categoryL2?: string;
  merchant?: string;
  direction?: "credit" | "debit";
  status?: TransactionStatus;
  includeTags?: string[];
  excludeTags?: string[];
}

/** A suggestion from Bud's search for what the customer is typing: a merchant, a category, a tag. */
export const SearchSuggestion = z.object({ type: z.string(), value: z.string() });
export type SearchSuggestion = z.infer<typeof SearchSuggestion>;
// Budgets and savings goals

export const BudgetPeriod = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("monthly"), startingDay: z.number().int() }),
  z.object({ kind: z.literal("one-off") }),
]);
export type BudgetPeriod = z.infer<typeof BudgetPeriod>;

export const Budget = z.object({
  id: z.string(),
  name: z.string(),
  limit: Money,
  period: BudgetPeriod,
  categories: z.array(z.object({ l1: z.string(), l2: z.array(z.string()) })),
  /** Merchant slugs. */
  merchants: z.array(z.string()),
  /** Spent in the period, positive. */
  spent: Money,
  /** The days `spent` covers (`YYYY-MM-DD`); a one-off budget's run from its creation to the day asked about. */
  spentFrom: z.string(),
  spentTo: z.string(),
  createdAt: z.string(),
});
export type Budget = z.infer<typeof Budget>;

export const SavingsGoal = z.object({
  id: z.string(),
  name: z.string(),
  accountId: z.string(),
  /** The account's name, or null when the account is no longer connected. */
  accountName: z.string().nullable(),
  target: Money,
  /** `YYYY-MM-DD` in London, or null without a date. */
  targetDate: z.string().nullable(),
  allocationRatio: z.number(),
  /** The goal's share of the account's balance now. */
  saved: Money,
  createdAt: z.string(),
});
export type SavingsGoal = z.infer<typeof SavingsGoal>;
