/**
 * Budgie's domain types: what lib/bud returns after parsing Bud's wire shapes, what route handlers send as JSON,
 * and what components render. Wire types (lib/bud/generated) never leave lib/bud.
 * Dates are ISO 8601 strings so values survive JSON and React Query hydration unchanged.
 */
import type { Money } from "@/lib/money";

export type { Money } from "@/lib/money";

export type AccountKind = "current" | "savings" | "credit_card" | "loan" | "mortgage" | "investment" | "other";

export interface Provider {
  id: string;
  name: string;
  logoUrl: string | null;
}

export interface Account {
  id: string;
  name: string;
  kind: AccountKind;
  /** Bud's raw account_type, kept for display when `kind` is "other". */
  type: string | null;
  currency: string;
  provider: Provider;
  holderName: string | null;
  identifiers: {
    sortCode: string | null;
    accountNumberLast4: string | null;
    ibanLast4: string | null;
    panLast4: string | null;
  };
  /** Signed: a credit card owing £120 has booked.minor = -12000. */
  booked: Money | null;
  pending: Money | null;
  creditLimit: Money | null;
  /** ISO date-time of the booked balance: when the data was last refreshed from the bank. */
  balanceDate: string | null;
  isLiability: boolean;
  isClosed: boolean;
}

export type TransactionStatus = "booked" | "pending" | "declined";

export interface Category {
  l1: string;
  l2: string | null;
}

export interface Merchant {
  id: string | null;
  slug: string | null;
  name: string;
  logoUrl: string | null;
}

export interface Transaction {
  id: string;
  accountId: string;
  /** ISO date-time when it occurred. */
  date: string;
  /** The cleaned description Bud suggests; falls back to the raw description. */
  description: string;
  rawDescription: string;
  /** Signed: debits negative. */
  amount: Money;
  status: TransactionStatus;
  category: Category | null;
  merchant: Merchant | null;
  logoUrl: string | null;
  tags: string[];
}

export interface Page<T> {
  items: T[];
  /** Opaque; absent on the last page. */
  nextPageToken: string | null;
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
