import "server-only";
import { cache } from "react";
import { listTransactions } from "@/lib/bud/transactions";
import { getBudCustomer } from "@/lib/customer-link";
import type { Transaction } from "@/lib/domain";
import { londonToday, rangeInstants, wholeMonthsBefore, type DateRange } from "@/lib/periods";

/** Bud's largest page; enough pages for a busy household's three months, bounded for the heaviest customers. */
const PAGE_SIZE = 200;
const MAX_PAGES = 15;
export const RECENT_MONTHS = 3;

/**
 * The user's debits over the last three whole calendar months, for suggesting budgets and offering their own
 * merchants. Cached per request: the budgets page asks for both at once.
 */
export const recentDebits = cache(async (userId: string): Promise<{ range: DateRange; debits: Transaction[] }> => {
  const months = wholeMonthsBefore(londonToday(), RECENT_MONTHS);
  const range = { from: months[0]!.from, to: months.at(-1)!.to };
  const { from, to } = rangeInstants(range);
  const customer = await getBudCustomer(userId);
  const debits: Transaction[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await listTransactions(customer, { from, to, direction: "debit" }, { size: PAGE_SIZE, token });
    debits.push(...result.items);
    if (!result.nextPageToken) break;
    token = result.nextPageToken;
  }
  return { range, debits };
});
