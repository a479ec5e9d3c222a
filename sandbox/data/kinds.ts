/**
 * A "kind" is everything transactions of one sort share (raw descriptor, category, merchant, type, tags,
 * regularity): the compact ledger stores only a kind index per row, so 100k rows cost a few bytes each.
 */
import { PARENT_OF_L2, type CategoryL1, type CategoryL2 } from "./categories";
import { merchant, ONLINE_MERCHANTS, type MerchantInfo } from "./merchants";

export const BUD_CODES = {
  DEB: "Debit card transaction",
  DD: "Direct Debit",
  SO: "Standing Order",
  BAT: "Bank Transfer",
  CPT: "Cash withdrawal",
  INT: "Interest",
  CHG: "Charge",
} as const;

export type BudCode = keyof typeof BUD_CODES;

export type Tag = "income" | "regular-transaction" | "subscription" | "online" | "bill" | "internal-transfer" | "loan" | "pending";

export interface Kind {
  /** Raw bank text; `{n}`, `{city}` and `{ref}` are filled per row (see describe.ts). */
  description: string;
  suggestedDescription: string;
  l1: CategoryL1;
  l2: CategoryL2;
  /** Bud's confidence in the category, as its string. */
  confidence: string;
  budCode: BudCode;
  tags: readonly Tag[];
  merchant?: MerchantInfo;
  mcc?: string;
  city?: string;
  regularity?: "weekly" | "monthly";
  counterparty?: { name: string; identifier: string };
}

export class KindTable {
  readonly kinds: Kind[] = [];
  private readonly index = new Map<string, number>();

  /** Returns the kind's index, adding it the first time it is seen. */
  add(kind: Kind): number {
    const key = JSON.stringify(kind, (k, v: unknown) => (k === "merchant" ? (v as MerchantInfo).slug : v));
    let found = this.index.get(key);
    if (found === undefined) {
      found = this.kinds.push(kind) - 1;
      this.index.set(key, found);
    }
    return found;
  }
}

interface MerchantKindOptions {
  city?: string;
  budCode?: BudCode;
  tags?: readonly Tag[];
  regularity?: Kind["regularity"];
  /** A refund: same merchant, categorised as banking.refunds_and_reversals, with REFUND in the descriptor. */
  refund?: boolean;
  description?: string;
}

/** A payment to (or refund from) a known merchant. */
export function merchantKind(slug: string, options: MerchantKindOptions = {}): Kind {
  const info = merchant(slug);
  const budCode = options.budCode ?? "DEB";
  const description = options.description ?? info.descriptor;
  return {
    description: options.refund ? `${description} REFUND` : description,
    suggestedDescription: info.name,
    l1: options.refund ? "banking" : info.l1,
    l2: options.refund ? "refunds_and_reversals" : info.l2,
    confidence: "0.99",
    budCode,
    tags: [
      ...(options.tags ?? (budCode === "DD" ? ["regular-transaction", "bill"] : [])),
      ...(budCode === "DEB" && ONLINE_MERCHANTS.has(slug) ? (["online"] as const) : []),
    ],
    merchant: info,
    mcc: budCode === "DEB" ? info.mcc : undefined,
    city: options.city,
    regularity: options.regularity ?? (budCode === "DD" ? "monthly" : undefined),
  };
}

interface PlainKindOptions {
  description: string;
  suggestedDescription: string;
  l2: CategoryL2;
  budCode: BudCode;
  tags?: readonly Tag[];
  regularity?: Kind["regularity"];
  counterparty?: Kind["counterparty"];
  city?: string;
}

/** A transfer, salary, interest or cash row: no merchant, often a counterparty. */
export function plainKind(options: PlainKindOptions): Kind {
  const l1 = PARENT_OF_L2.get(options.l2);
  if (!l1) throw new Error(`L2 without a parent: ${options.l2}`);
  return { ...options, l1, confidence: options.counterparty ? "0.97" : "0.99", tags: options.tags ?? [] };
}
