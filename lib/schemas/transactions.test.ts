import { describe, expect, it } from "vitest";
import { toErrorResponse } from "@/lib/api/errors";
import { checkTransactionFilters, needsSearch } from "@/lib/rules/transaction-filters";
import { transactionRef } from "@/lib/rules/transaction-ref";
import { TransactionRef, TransactionSearchListQuery, TransactionSearchQuery } from "@/lib/schemas/transactions";

/** What the route answers for a query string: the parsed query, or the status and body of the refusal. */
async function answer(query: Record<string, string>) {
  const result = TransactionSearchQuery.safeParse(query);
  if (result.success) return { status: 200, data: result.data };
  const response = toErrorResponse(result.error, "GET /api/transactions");
  return { status: response.status, body: (await response.json()) as { error: { code: string; fields?: Record<string, string> } } };
}

describe("the transaction filter schema", () => {
  it("accepts every filter the list can serve, with defaults filled in", async () => {
    const result = await answer({
      from: "2026-01-01",
      to: "2026-01-31",
      account_id: "acc_1",
      category_l1: "food_and_drink",
      category_l2: "coffee",
      direction: "out",
      status: "pending",
      merchant: "pret_a_manger",
    });
    expect(result).toEqual({
      status: 200,
      data: expect.objectContaining({ from: "2026-01-01", category_l2: "coffee", status: "pending", page_size: 50 }),
    });
  });

  it("treats an empty parameter as no filter", async () => {
    expect(await answer({ q: "", merchant: "", from: "" })).toEqual({ status: 200, data: { page_size: 50 } });
  });

  it.each([
    ["an impossible date", { from: "2026-02-30" }, "from"],
    ["a date in another format", { to: "30/11/2026" }, "to"],
    ["a reversed range", { from: "2026-02-01", to: "2026-01-01" }, "to"],
    ["a range over five years", { from: "2015-01-01", to: "2026-01-01" }, "from"],
    ["a category that is not a slug", { category_l1: "Food & Drink" }, "category_l1"],
    ["markup as a category", { category_l2: "<script>alert(1)</script>" }, "category_l2"],
    ["an account id with a slash", { account_id: "../users" }, "account_id"],
    ["an unknown direction", { direction: "sideways" }, "direction"],
    ["a declined status", { status: "declined" }, "status"],
    ["a huge page size", { page_size: "100000" }, "page_size"],
    ["a fractional page size", { page_size: "2.5" }, "page_size"],
    ["a malformed page token", { page_token: "abc def<>" }, "page_token"],
    ["a 10 kB search", { q: "x".repeat(10_240) }, "q"],
    ["a search with control characters", { q: "tesco\u0000" }, "q"],
    ["a merchant that is not a slug", { merchant: "<b>Tesco</b>" }, "merchant"],
    ["a negative amount", { amount_min: "-5" }, "amount_min"],
    ["an amount with three decimals", { amount_max: "1.005" }, "amount_max"],
    ["a reversed amount range", { amount_min: "50", amount_max: "10" }, "amount_max"],
    ["status with a search", { q: "tesco", status: "booked" }, "status"],
    ["status with an amount range", { amount_min: "10", status: "pending" }, "status"],
    ["a category with a search", { q: "tesco", category_l1: "groceries" }, "category_l1"],
    ["a merchant with a search", { q: "tesco", merchant: "tesco" }, "merchant"],
    ["a merchant and category with an amount range", { amount_min: "1", merchant: "tesco", category_l2: "coffee" }, "merchant"],
    ["a search page over 100", { q: "tesco", page_size: "150" }, "page_size"],
  ])("refuses %s with a 400 naming the field", async (_, query, field) => {
    const result = await answer(query as Record<string, string>);
    expect(result.status).toBe(400);
    expect(result.body?.error.code).toBe("invalid_input");
    expect(Object.keys(result.body?.error.fields ?? {})).toContain(field);
  });

  it("keeps markup in a search as text, and never echoes input in its messages", async () => {
    const markup = "<img src=x onerror=alert(1)>";
    expect(await answer({ q: markup })).toEqual({ status: 200, data: { q: markup, page_size: 50 } });
    const refused = await answer({ q: markup, status: "booked", page_token: "<b>" });
    expect(JSON.stringify(refused.body)).not.toContain("<");
  });

  it("sends free text and amount ranges to search, everything else to the list", () => {
    expect(needsSearch({ q: "tesco" })).toBe(true);
    expect(needsSearch({ amount_max: "20" })).toBe(true);
    expect(needsSearch({})).toBe(false);
  });

  it("allows an amount range with one category (search takes the L2)", async () => {
    expect((await answer({ amount_min: "5", category_l1: "groceries", category_l2: "supermarkets" })).status).toBe(200);
  });
});

describe("transaction refs", () => {
  it("round-trip the day, account and id, whatever the account id holds", () => {
    const ref = transactionRef({ id: "0a1b2c", accountId: "acc~1.x" }, "2026-11-28");
    expect(ref).toBe("2026-11-28~acc~1.x~0a1b2c");
    expect(TransactionRef.parse(ref)).toEqual({ date: "2026-11-28", accountId: "acc~1.x", transactionId: "0a1b2c" });
  });

  it.each(["", "2026-11-28", "2026-11-28~acc", "2026-02-30~acc~id", "2026-11-28~~id", "2026-11-28~acc~<b>", "2026-11-28~a/b~id"])(
    "refuses %j",
    (ref) => {
      expect(TransactionRef.safeParse(ref).success).toBe(false);
    },
  );
});

/*
 * One statement of each rule: the /transactions page checks its URL with lib/rules/transaction-filters.ts, the
 * routes with the zod schema built from it. Both must refuse the same inputs with the same messages on the same
 * fields, in the same order, and agree on what passes.
 */
describe("the page's check and the route's schema", () => {
  const routeSide = (input: Record<string, string>, pageSize: number) => {
    const parsed = TransactionSearchListQuery.safeParse({ ...input, page_size: String(pageSize) });
    if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ field: issue.path[0], message: issue.message })) };
    const { page_size, ...filters } = parsed.data;
    expect(page_size).toBe(pageSize);
    // An empty parameter comes back as undefined: no filter, as the page's check leaves it out.
    return { ok: true, filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)) };
  };

  it.each([
    [{}, 50],
    [{ from: "2026-01-01", to: "2026-01-31", account_id: "acc_1", category_l1: "food_and_drink", category_l2: "coffee", direction: "out", status: "pending", merchant: "pret_a_manger" }, 50],
    [{ q: "", merchant: "", from: "" }, 50],
    [{ q: "  tesco  ", amount_min: "5", amount_max: "12.50" }, 100],
    [{ q: "<img src=x onerror=alert(1)>" }, 50],
    [{ from: "2026-02-30" }, 50],
    [{ to: "30/11/2026" }, 50],
    [{ from: "2026-02-01", to: "2026-01-01" }, 50],
    [{ from: "2015-01-01", to: "2026-01-01" }, 50],
    [{ account_id: "../users" }, 50],
    [{ account_id: "/".repeat(200) }, 50],
    [{ category_l1: "Food & Drink", category_l2: "<script>alert(1)</script>" }, 50],
    [{ direction: "sideways", status: "declined" }, 50],
    [{ direction: "sideways", from: "2026-02-01", to: "2026-01-01" }, 50],
    [{ merchant: "<b>Tesco</b>" }, 50],
    [{ amount_min: "-5", amount_max: "1.005" }, 50],
    [{ amount_min: "50", amount_max: "10" }, 50],
    [{ q: "x".repeat(201) }, 50],
    [{ q: "tesco\u0000" }, 50],
    [{ q: "   " }, 50],
    [{ q: "tesco", status: "booked", merchant: "tesco", category_l1: "groceries", category_l2: "coffee" }, 150],
    [{ amount_min: "10", status: "pending" }, 50],
    [{ amount_min: "1", merchant: "tesco", category_l2: "coffee" }, 50],
    [{ amount_min: "5", category_l1: "groceries", category_l2: "supermarkets" }, 50],
    [{ q: "tesco" }, 150],
    [{ direction: "in" }, 500],
    [{}, 0],
    [{}, 2.5],
  ])("agree on %j with %i rows a page", (input: Record<string, string>, pageSize) => {
    expect(checkTransactionFilters(input, pageSize)).toEqual(routeSide(input, pageSize));
  });
});
