import { describe, expect, it } from "vitest";
import { firstSyncWindow } from "./connection-window";
import { DEMO_CUSTOMER, JOINT_CUSTOMER } from "./demo-customers";
import { createWorld } from "./index";
import { ASSET_BASE_URL, signed, TODAY, walk } from "./testing";
import type { ConnectionWindow, CustomerData } from "./world";

const world = createWorld({ seed: "connections", today: TODAY, assetBaseUrl: ASSET_BASE_URL });
const ALICE = "0b7e6f55-3c1d-4f3e-9a51-7d2c1e0f4a10";
const BOB = "5d1f2c3b-8a9e-4b7c-a6d5-e4f3c2b1a098";
const natwest = firstSyncWindow("Natwest_Sandbox", TODAY);
const monzo = firstSyncWindow("Monzo_Sandbox", TODAY);
const data = (customerId: string, windows: ConnectionWindow[]): CustomerData => world.customerData(customerId, windows)!;
const booked = (data: CustomerData) =>
  data.accounts().map((account) => signed(account.balances!.booked!.amount, account.balances!.booked!.credit_debit_indicator));

describe("a customer created through the API", () => {
  it("has no data until a bank is connected", () => {
    expect(world.customerData(ALICE)).toBeUndefined();
    expect(world.customerData(ALICE, [])).toBeUndefined();
  });

  it("gets a current account, a savings account and a credit card at the bank it connects, with 24 months of history", () => {
    const alice = data(ALICE, [natwest]);
    expect(alice.accounts().map((a) => [a.provider, a.account_type])).toEqual([
      ["Natwest_Sandbox", "current_account"],
      ["Natwest_Sandbox", "savings"],
      ["Natwest_Sandbox", "credit_card"],
    ]);
    const rows = walk(alice);
    expect(rows.length).toBeGreaterThan(1_000);
    const categories = new Set(rows.map((t) => t.enrichments?.categories?.l2?.slug));
    for (const slug of ["salary", "rent", "groceries", "council_tax", "savings", "credit_cards"]) expect(categories).toContain(slug);
    // History ends the day before the sync; the newest card payments are still pending.
    expect(rows[0]!.date_time < `${TODAY}T00:00:00Z`).toBe(true);
    expect(rows.at(-1)!.date_time >= `${natwest.from}T00:00:00Z`).toBe(true);
    expect(rows.some((t) => t.status === "pending")).toBe(true);
  });

  it("is deterministic per customer and provider, and different customers look different", () => {
    const again = createWorld({ seed: "connections", today: TODAY, assetBaseUrl: ASSET_BASE_URL });
    expect(again.customerData(ALICE, [natwest])!.transactions({}, 50)).toEqual(data(ALICE, [natwest]).transactions({}, 50));
    const bob = data(BOB, [natwest]);
    expect(bob.accounts()[0]!.account_id).not.toBe(data(ALICE, [natwest]).accounts()[0]!.account_id);
    expect(booked(bob)).not.toEqual(booked(data(ALICE, [natwest])));
  });

  it("sees the union of its banks, each bank's accounts unchanged by the other", () => {
    const alone = data(ALICE, [natwest]);
    const both = data(ALICE, [natwest, monzo]);
    expect(both.accounts().map((a) => a.provider)).toEqual([...Array(3).fill("Natwest_Sandbox"), ...Array(3).fill("Monzo_Sandbox")]);
    expect(both.accounts().slice(0, 3)).toEqual(alone.accounts());
    const natwestAccount = alone.accounts()[0]!.account_id;
    expect(walk(both, { accountId: natwestAccount })).toEqual(walk(alone, { accountId: natwestAccount }));
  });
});

describe("a refresh", () => {
  const later = { ...natwest, through: "2025-12-06" };

  it("adds the days since the last one and keeps every earlier transaction and balance", () => {
    const before = data(ALICE, [natwest]);
    const after = data(ALICE, [later]);
    const added = walk(after, { dateFrom: TODAY });
    expect(added.length).toBeGreaterThan(20);
    const booked = { statuses: ["booked" as const], dateTo: "2025-11-19" };
    expect(walk(after, booked)).toEqual(walk(before, booked));
    const account = before.accounts()[0]!.account_id;
    const history = (d: CustomerData) => d.balances(account, undefined, "2025-11-19", "daily");
    expect(history(after)).toEqual(history(before));
    expect(after.accounts()[0]!.balances!.booked!.date).toBe("2025-12-06T00:00:00Z");
  });

  it("of one bank leaves another bank's data where its own last refresh left it", () => {
    const mixed = data(ALICE, [later, monzo]);
    const monzoAccount = mixed.accounts().find((a) => a.provider === "Monzo_Sandbox")!;
    expect(monzoAccount.balances!.booked!.date).toBe(`${TODAY}T00:00:00Z`);
    expect(walk(mixed, { accountId: monzoAccount.account_id, dateFrom: TODAY })).toEqual([]);
  });
});

describe("demo customers", () => {
  it("are their own banks by default, and a bank they do not have adds generic accounts", () => {
    expect(world.customerData(DEMO_CUSTOMER.customerId)!.accounts()).toEqual(
      data(DEMO_CUSTOMER.customerId, DEMO_CUSTOMER.providers.map((p) => firstSyncWindow(p, TODAY))).accounts(),
    );
    const joint = data(JOINT_CUSTOMER.customerId, [...JOINT_CUSTOMER.providers.map((p) => firstSyncWindow(p, TODAY)), monzo]);
    expect(joint.accounts().map((a) => a.provider)).toEqual([
      "Natwest_Sandbox",
      "Barclays_Sandbox",
      "Monzo_Sandbox",
      "Monzo_Sandbox",
      "Monzo_Sandbox",
    ]);
  });
});
