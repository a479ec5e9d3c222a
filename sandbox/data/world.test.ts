import { describe, expect, it } from "vitest";
import { PARENT_OF_L2 } from "./categories";
import { DEMO_CUSTOMER, EURO_CUSTOMER, JOINT_CUSTOMER } from "./demo-customers";
import { createWorld } from "./index";
import { ASSET_BASE_URL, signed, TODAY, walk } from "./testing";
import type { CustomerData, WireAccount } from "./world";

const world = createWorld({ seed: "test-seed", today: TODAY, assetBaseUrl: `${ASSET_BASE_URL}/` });
const data = (customerId: string): CustomerData => world.customerData(customerId)!;
const everyday = data(DEMO_CUSTOMER.customerId);
const everydayRows = walk(everyday);

describe("determinism", () => {
  it("gives identical data for the same seed and different data for another", () => {
    const again = createWorld({ seed: "test-seed", today: TODAY, assetBaseUrl: ASSET_BASE_URL });
    const other = createWorld({ seed: "other-seed", today: TODAY, assetBaseUrl: ASSET_BASE_URL });
    const firstPage = (w: typeof world) => w.customerData(DEMO_CUSTOMER.customerId)!.transactions({}, 100);
    expect(firstPage(again)).toEqual(firstPage(world));
    expect(again.customerData(DEMO_CUSTOMER.customerId)!.accounts()).toEqual(everyday.accounts());
    expect(firstPage(other).items[0]!.transaction_id).not.toBe(firstPage(world).items[0]!.transaction_id);
  });

  it("keeps a past day's transactions, ids included, whatever today is", () => {
    const later = createWorld({ seed: "test-seed", today: "2026-03-09", assetBaseUrl: ASSET_BASE_URL });
    for (const customer of [DEMO_CUSTOMER, EURO_CUSTOMER]) {
      const day = { dateFrom: "2025-06-13", dateTo: "2025-06-13" };
      const before = walk(data(customer.customerId), day);
      expect(before.length).toBeGreaterThan(0);
      expect(walk(later.customerData(customer.customerId)!, day)).toEqual(before);
    }
  });

  it("answers undefined for customers it did not seed", () => {
    expect(world.customerData("00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });
});

describe("accounts", () => {
  const accounts = everyday.accounts();

  it("are a NatWest current account, a Barclays savings account and a Monzo credit card, filled like Bud's", () => {
    expect(accounts.map((a) => [a.provider, a.account_type, a.account_category])).toEqual([
      ["Natwest_Sandbox", "current_account", "depository"],
      ["Barclays_Sandbox", "savings", "depository"],
      ["Monzo_Sandbox", "credit_card", "credit"],
    ]);
    const [current, , card] = accounts as [WireAccount, WireAccount, WireAccount];
    expect(current.account_id).toMatch(/^[A-Za-z0-9]{24}$/);
    expect(current.identifiers).toEqual({ uk_sort_code: expect.stringMatching(/^60\d{4}$/), uk_account_number: expect.stringMatching(/^\d{8}$/) });
    expect(card.identifiers?.pan).toMatch(/^\*{12}\d{4}$/);
    expect(card.balances?.booked?.credit_debit_indicator).toBe("debit");
    expect(card.credit_lines?.limit?.amount).toEqual({ value: "4500.00", currency: "GBP" });
    expect(current).toMatchObject({
      provider_display_name: "NatWest Sandbox",
      provider_logo: `${ASSET_BASE_URL}/assets/providers/Natwest_Sandbox.svg`,
      holders: [{ name: "Alex Morgan", relationship: "sole" }],
      transaction_windows: [{ from: "2023-11-22T00:00:00Z", to: `${TODAY}T00:00:00Z` }],
    });
    expect(current.balances?.all_balances).toBeUndefined();
  });

  it("add all_balances and all credit lines only when asked", () => {
    const [current] = everyday.accounts({ includeAllBalances: true }) as [WireAccount];
    expect(current.balances?.all_balances?.map((b) => b.type)).toEqual(["closing_booked", "interim_booked", "interim_available"]);
    expect(current.credit_lines?.all_credit_lines?.map((c) => c.type)).toEqual(["pre_agreed", "available"]);
    expect(everyday.account(current.account_id, { includeAllBalances: true })).toEqual(current);
    expect(everyday.account("nope")).toBeUndefined();
  });

  it("include a euro account with an IBAN and a joint account", () => {
    const euro = data(EURO_CUSTOMER.customerId).accounts().find((a) => a.currency === "EUR")!;
    expect(euro.identifiers?.iban).toMatch(/^GB\d{2}MONZ\d{14}$/);
    const eurRows = walk(data(EURO_CUSTOMER.customerId), { accountId: euro.account_id });
    expect(eurRows.every((t) => t.amount.currency === "EUR")).toBe(true);
    expect(eurRows.some((t) => t.description.endsWith("FRA"))).toBe(true);
    const joint = data(JOINT_CUSTOMER.customerId).accounts();
    expect(joint[0]!.holders?.map((h) => h.relationship)).toEqual(["joint", "joint"]);
    expect(joint.map((a) => a.account_type)).toContain("mortgage");
  });
});

describe("transactions", () => {
  it("are well-formed Bud transactions with unsigned amounts and taxonomy categories", () => {
    expect(everydayRows.length).toBeGreaterThan(1500);
    for (const t of everydayRows) {
      expect(t.amount.value).toMatch(/^\d+\.\d{2}$/);
      expect(t.transaction_id).toMatch(/^[0-9a-f]{32}$/);
      expect(t.date_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const { l1, l2 } = t.enrichments!.categories!;
      expect(PARENT_OF_L2.get(l2!.slug), `${l1!.slug}.${l2!.slug}`).toBe(l1!.slug);
    }
    expect(new Set(everydayRows.map((t) => t.transaction_id)).size).toBe(everydayRows.length);
  });

  it("cover the shape of a UK life", () => {
    const count = (predicate: (t: (typeof everydayRows)[number]) => boolean) => everydayRows.filter(predicate).length;
    expect(count((t) => t.enrichments?.categories?.l2?.slug === "salary")).toBe(24);
    expect(count((t) => !!t.tags?.includes("subscription") && t.enrichments?.regularity?.frequency === "monthly")).toBeGreaterThan(100);
    expect(count((t) => t.status === "pending")).toBeGreaterThan(0);
    expect(count((t) => t.transaction_type?.bud_code === "CPT")).toBeGreaterThan(10);
    expect(count((t) => t.enrichments?.categories?.l2?.slug === "refunds_and_reversals" && t.credit_debit_indicator === "credit")).toBeGreaterThan(0);
    const transfers = everydayRows.filter((t) => t.tags?.includes("internal-transfer"));
    const net = transfers.reduce((sum, t) => sum + signed(t.amount, t.credit_debit_indicator), 0);
    expect(transfers.length % 2).toBe(0);
    expect(net).toBe(0); // both legs of every transfer, same currency
  });

  it("spend more in December than in February", () => {
    const spend = (month: string) =>
      everydayRows
        .filter((t) => t.date_time.startsWith(month) && t.credit_debit_indicator === "debit" && t.transaction_type?.bud_code === "DEB")
        .reduce((sum, t) => sum + signed(t.amount, "credit"), 0);
    expect(spend("2024-12")).toBeGreaterThan(spend("2025-02"));
  });
});
