/** Helpers shared by the sandbox/data tests (not used at run time). */
import { parseMoney } from "../../lib/money";
import type { CustomerData, TransactionQuery, WireTransaction } from "./world";

export const TODAY = "2025-11-22";
export const ASSET_BASE_URL = "http://localhost:4010";

/** The pages of a query, following page tokens to the end. */
export function* pages(data: CustomerData, query: TransactionQuery = {}, pageSize = 200): Generator<WireTransaction[]> {
  let token: string | undefined;
  do {
    const page = data.transactions(query, pageSize, token);
    yield page.items;
    token = page.nextPageToken;
  } while (token);
}

/** Every transaction a query matches. */
export function walk(data: CustomerData, query: TransactionQuery = {}, pageSize = 200): WireTransaction[] {
  return [...pages(data, query, pageSize)].flat();
}

/** Signed minor units of a wire amount + indicator. */
export function signed(amount: { value: string; currency: string }, indicator: "credit" | "debit"): number {
  return parseMoney(amount.value, amount.currency, indicator).minor;
}

/** (date_time, transaction_id) descending, as Bud orders transactions. */
export function isDescending(a: WireTransaction, b: WireTransaction): boolean {
  const ta = Date.parse(a.date_time);
  const tb = Date.parse(b.date_time);
  return ta > tb || (ta === tb && a.transaction_id > b.transaction_id);
}
