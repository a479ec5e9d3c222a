import { describe, expect, it } from "vitest";
import { changeFilters, unavailableFilters } from "@/lib/transaction-filter-rules";
import { TransactionFilterQuery } from "@/lib/schemas/transactions";

const withoutNulls = (values: Record<string, string | null | undefined>) =>
  Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null && value !== undefined));

describe("changing the transaction filters", () => {
  it("clears category, merchant and status when free text is typed, and says so", () => {
    const current = { category_l1: "groceries", category_l2: "supermarkets", merchant: "Tesco", status: "booked", from: "2026-11-01" };
    const { patch, note } = changeFilters(current, { q: "coffee" });
    expect(patch).toEqual({ q: "coffee", category_l1: null, category_l2: null, merchant: null, status: null });
    expect(note).toBe("A search looks across every category and merchant, so the category, merchant and booked or pending filter was cleared.");
    // What the bar ends up asking for is something the route serves.
    expect(TransactionFilterQuery.safeParse(withoutNulls({ ...current, ...patch })).success).toBe(true);
  });

  it("clears status, and the merchant beside a category, for an amount range", () => {
    const current = { category_l1: "groceries", merchant: "Tesco", status: "pending" };
    const { patch } = changeFilters(current, { amount_min: "10" });
    expect(patch).toEqual({ amount_min: "10", status: null, merchant: null });
    expect(TransactionFilterQuery.safeParse(withoutNulls({ ...current, ...patch })).success).toBe(true);
  });

  it("changes only what was asked when the combination is fine", () => {
    expect(changeFilters({ category_l1: "groceries" }, { status: "booked" })).toEqual({ patch: { status: "booked" }, note: null });
  });

  it("does not offer what would make an unservable combination", () => {
    expect(unavailableFilters({ q: "tesco" })).toEqual({ category: true, merchant: true, status: true });
    expect(unavailableFilters({ amount_max: "20" })).toEqual({ category: false, merchant: false, status: true });
    expect(unavailableFilters({})).toEqual({ category: false, merchant: false, status: false });
  });
});
