import { toSearchParams } from "@/lib/schemas/search-params";
import type { DateRange } from "@/lib/periods";

/*
 * Click-throughs from an insight to the transactions behind it. The list's filters (built on another branch) are
 * named from, to, account_id, category_l1, category_l2, direction, status, merchant; a link carries exactly the
 * filters that made the number, so the list's total for them equals it. Spending is debits net of refunds, so
 * a category link sets no direction. Browser-safe.
 */

export interface TransactionFilterLink {
  category_l1?: string;
  category_l2?: string;
  merchant?: string;
  account_id?: string;
  direction?: "credit" | "debit";
}

export function transactionsHref(range: DateRange, filters: TransactionFilterLink = {}): string {
  return `/transactions?${toSearchParams({ from: range.from, to: range.to, ...filters })}`;
}
