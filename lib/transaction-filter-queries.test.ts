import { describe, expect, it } from "vitest";
import { searchSuggestionsQuery, transactionListQuery, transactionTotalsQuery } from "@/lib/transaction-filter-queries";
import { TransactionSearchListQuery } from "@/lib/schemas/transactions";

describe("the /transactions page's query builders", () => {
  it("key a list by its checked filters, defaults filled in, empty filters left out", () => {
    const { queryKey } = transactionListQuery({ q: " tesco ", merchant: "", direction: "out" });
    expect(queryKey).toEqual(["transactions", "list", { q: "tesco", direction: "out", page_size: 50 }]);
    // The route's schema parses the same request to the same query.
    expect(TransactionSearchListQuery.parse({ q: " tesco ", direction: "out" })).toEqual(queryKey[2]);
    expect(transactionTotalsQuery({ from: "2026-01-01", q: undefined }).queryKey).toEqual(["transactions", "totals", { from: "2026-01-01" }]);
    expect(searchSuggestionsQuery({ q: "cof" }).queryKey).toEqual(["transactions", "suggestions", { q: "cof" }]);
  });

  it("refuse a request the route would refuse, before anything is fetched", () => {
    expect(() => transactionListQuery({ q: "tesco", page_size: 150 })).toThrow("page_size: Use at most 100 rows per page with a search.");
    expect(() => transactionTotalsQuery({ status: "declined" })).toThrow();
    expect(() => searchSuggestionsQuery({ q: "a\u0000" })).toThrow();
  });
});
