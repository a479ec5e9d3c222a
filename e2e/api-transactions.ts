/** Reading our own transactions API from a spec, as the /transactions page's requests would. */
import { expect, type APIRequestContext } from "@playwright/test";
import type { Page as ListPage, Transaction } from "../lib/domain";

/** Every page of `/api/transactions` for a query string (at most `limit` pages of 200). */
export async function allMatching(request: APIRequestContext, query: string, limit = 20): Promise<Transaction[]> {
  const items: Transaction[] = [];
  let token: string | null = null;
  for (let page = 0; page < limit; page++) {
    const response = await request.get(`/api/transactions?${query}&page_size=200${token ? `&page_token=${token}` : ""}`);
    expect(response.status(), await response.text()).toBe(200);
    const body = (await response.json()) as ListPage<Transaction>;
    items.push(...body.items);
    token = body.nextPageToken;
    if (!token) break;
  }
  return items;
}
