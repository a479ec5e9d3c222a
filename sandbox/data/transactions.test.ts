import { describe, expect, it } from "vitest";
import { DEMO_CUSTOMER, HEAVY_CUSTOMER } from "./demo-customers";
import { createWorld } from "./index";
import { ASSET_BASE_URL, isDescending, pages, signed, TODAY, walk } from "./testing";
import { InvalidPageToken, InvalidQuery, type TransactionQuery, type WireTransaction } from "./world";

// One world per file: the heavy customer is generated once.
const world = createWorld({ seed: "transactions", today: TODAY, assetBaseUrl: ASSET_BASE_URL });
const heavy = world.customerData(HEAVY_CUSTOMER.customerId)!;
const everyday = world.customerData(DEMO_CUSTOMER.customerId)!;
const everydayRows = walk(everyday);

describe("the heavy customer", () => {
  // How fast it is generated and served is measured by `npm run bench`; tests never assert wall-clock times.
  it("serves a full first page", () => {
    expect(heavy.transactions({}, 100).items).toHaveLength(100);
  });

  it("pages through ≥ 100,000 transactions with no duplicate, no gap and Bud's order", () => {
    // Checked page by page, keeping only ids: 100k wire objects would mostly measure the garbage collector.
    const ids: string[] = [];
    let previous: WireTransaction | undefined;
    for (const items of pages(heavy, {}, 200)) {
      for (const t of items) {
        if (previous && !isDescending(previous, t)) throw new Error(`out of order after ${previous.transaction_id}`);
        ids.push(t.transaction_id);
        previous = t;
      }
    }
    expect(ids.length).toBeGreaterThanOrEqual(100_000);
    expect(new Set(ids).size).toBe(ids.length);
    // Another page size visits exactly the same rows in the same order.
    let i = 0;
    for (const items of pages(heavy, {}, 173)) for (const t of items) if (t.transaction_id !== ids[i++]) throw new Error(`differs at ${i - 1}`);
    expect(i).toBe(ids.length);
  });
});

describe("filters", () => {
  const accountId = everyday.accounts()[2]!.account_id;
  const cases: [string, TransactionQuery, (t: WireTransaction) => boolean][] = [
    ["account_id", { accountId }, (t) => t.account_id === accountId],
    ["merchant", { merchant: "tesco" }, (t) => t.enrichments?.merchant?.slug === "tesco"],
    ["category_l1", { categoryL1: "eating_out" }, (t) => t.enrichments?.categories?.l1?.slug === "eating_out"],
    ["category_l2", { categoryL2: "coffee" }, (t) => t.enrichments?.categories?.l2?.slug === "coffee"],
    ["category_l2 as l1.l2", { categoryL2: "banking.cash_withdrawals" }, (t) => t.enrichments?.categories?.l2?.slug === "cash_withdrawals"],
    ["include_tags (any)", { includeTags: ["subscription", "income"] }, (t) => !!t.tags?.some((x) => x === "subscription" || x === "income")],
    ["exclude_tags", { excludeTags: ["internal-transfer", "pending"] }, (t) => !t.tags?.some((x) => x === "internal-transfer" || x === "pending")],
    ["credit_debit_indicator", { creditDebitIndicator: "credit" }, (t) => t.credit_debit_indicator === "credit"],
    ["status", { statuses: ["pending"] }, (t) => t.status === "pending"],
    ["date_from (date-time)", { dateFrom: "2025-10-01T12:00:00Z" }, (t) => t.date_time >= "2025-10-01T12:00:00Z"],
    ["date_to (bare date = whole day)", { dateTo: "2024-01-31" }, (t) => t.date_time < "2024-02-01"],
    ["date range with offset", { dateFrom: "2024-06-01", dateTo: "2024-06-30T23:00:00+01:00" }, (t) => t.date_time >= "2024-06-01" && t.date_time <= "2024-06-30T22:00:00Z"],
    ["updated_after", { updatedAfter: "2025-11-01T00:00:00Z" }, (t) => t.date_time > "2025-11-01T00:00:00Z"],
    ["combined", { accountId, categoryL1: "shopping", creditDebitIndicator: "debit" }, (t) => t.account_id === accountId && t.enrichments?.categories?.l1?.slug === "shopping" && t.credit_debit_indicator === "debit"],
  ];

  for (const [name, query, predicate] of cases) {
    it(name, () => {
      const expected = everydayRows.filter(predicate);
      expect(expected.length).toBeGreaterThan(0);
      expect(walk(everyday, query, 50)).toEqual(expected);
    });
  }

  it("returns nothing for an unknown account, merchant or declined status", () => {
    expect(everyday.transactions({ accountId: "unknown" }, 10).items).toEqual([]);
    expect(everyday.transactions({ merchant: "nobody" }, 10).items).toEqual([]);
    expect(everyday.transactions({ statuses: ["declined"] }, 10)).toEqual({ items: [] });
  });

  it("rejects malformed dates", () => {
    expect(() => everyday.transactions({ dateFrom: "last tuesday" }, 10)).toThrow(InvalidQuery);
    expect(() => everyday.transactions({ dateTo: "2024-02-30" }, 10)).toThrow(InvalidQuery);
  });

  it("credits and debits add up to all rows", () => {
    const credits = walk(everyday, { creditDebitIndicator: "credit" }).length;
    const debits = walk(everyday, { creditDebitIndicator: "debit" }).length;
    expect(credits + debits).toBe(everydayRows.length);
    expect(everydayRows.every((t) => signed(t.amount, "credit") > 0)).toBe(true);
  });
});

describe("page tokens", () => {
  const first = everyday.transactions({ categoryL1: "transport" }, 5);
  const token = first.nextPageToken!;

  it("are opaque base64url and continue where the last page stopped", () => {
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const next = everyday.transactions({ categoryL1: "transport" }, 5, token);
    expect(isDescending(first.items[4]!, next.items[0]!)).toBe(true);
  });

  it("are refused with other filters, for another customer, or when malformed", () => {
    expect(() => everyday.transactions({ categoryL1: "shopping" }, 5, token)).toThrow(InvalidPageToken);
    expect(() => heavy.transactions({ categoryL1: "transport" }, 5, token)).toThrow(InvalidPageToken);
    for (const bad of ["!!!", "bm90IGpzb24", Buffer.from('{"v":1,"t":-1,"a":0,"b":0,"f":"x"}').toString("base64url"), token.slice(0, -3)]) {
      expect(() => everyday.transactions({ categoryL1: "transport" }, 5, bad), bad).toThrow(InvalidPageToken);
    }
  });

  it("are stable: the same token gives the same page every time", () => {
    expect(everyday.transactions({ categoryL1: "transport" }, 5, token)).toEqual(everyday.transactions({ categoryL1: "transport" }, 5, token));
  });
});
