import { QueryClient } from "@tanstack/react-query";
import { afterEach, describe, expect, it, vi } from "vitest";
import { accountTransactionsQuery, transactionsQuery } from "@/lib/transaction-queries";
import { TransactionPageQuery } from "@/lib/schemas/transaction-page";

const page = { items: [], nextPageToken: "next-token" };

function recordFetches(): string[] {
  const urls: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      urls.push(url);
      return Response.json(page);
    }),
  );
  return urls;
}

afterEach(() => vi.unstubAllGlobals());

describe("query builders", () => {
  it("key a list by its resource and its parsed request, defaults filled in", () => {
    expect(transactionsQuery({ page_size: 10 }).queryKey).toEqual(["transactions", { page_size: 10 }]);
    expect(accountTransactionsQuery("acc-1").queryKey).toEqual(["accounts", "acc-1", "transactions", { page_size: 50 }]);
    // Equal requests written differently share one cache entry.
    expect(transactionsQuery({ page_size: "10" }).queryKey).toEqual(transactionsQuery({ page_size: 10 }).queryKey);
  });

  it("refuse a request the route would refuse, before anything is fetched", () => {
    expect(() => transactionsQuery({ page_size: 500 })).toThrow();
  });

  it("build each URL from the same parsed request, which the route's schema parses back to it", async () => {
    const urls = recordFetches();
    const client = new QueryClient();
    await client.fetchQuery(transactionsQuery({ page_size: 10 }));
    await client.fetchInfiniteQuery({ ...accountTransactionsQuery("a/b"), pages: 2 });
    expect(urls).toEqual([
      "/api/transactions?page_size=10",
      "/api/accounts/a%2Fb/transactions?page_size=50",
      "/api/accounts/a%2Fb/transactions?page_size=50&page_token=next-token",
    ]);
    const query = Object.fromEntries(new URL(urls[2]!, "http://x").searchParams);
    expect(TransactionPageQuery.parse(query)).toEqual({ page_size: 50, page_token: "next-token" });
  });
});
