/**
 * Search and corrections in the data layer: free text through the index (prefixes, every word, which fields
 * matched), suggestions ranked merchants first, corrections on one row or on every similar row including rows a
 * later refresh brings, and the heavy customer's search time printed (not asserted).
 */
import { describe, expect, it } from "vitest";
import { addMonths, dayOf, isoDate } from "./calendar";
import { DEMO_CUSTOMER, HEAVY_CUSTOMER } from "./demo-customers";
import { createWorld, firstSyncWindow } from "./index";
import { ASSET_BASE_URL, TODAY, walk } from "./testing";
import type { CategoryCorrection, CustomerData, SearchQuery, WireTransaction } from "./world";

const world = createWorld({ seed: "search", today: TODAY, assetBaseUrl: ASSET_BASE_URL });
const everyday = world.customerData(DEMO_CUSTOMER.customerId)!;
const all = walk(everyday);
const ALL_TIME = { from: 0, to: 0xffffffff };

function searchAll(data: CustomerData, query: Partial<SearchQuery>): { transaction: WireTransaction; matches: { type: string; content: string }[] }[] {
  const found = [];
  let token: string | undefined;
  do {
    const page = data.search({ ...ALL_TIME, ...query }, 100, token);
    found.push(...page.items);
    token = page.nextPageToken;
  } while (token);
  return found;
}

const category = (t: WireTransaction) => `${t.enrichments?.categories?.l1?.slug}.${t.enrichments?.categories?.l2?.slug}`;

describe("free-text search", () => {
  it("finds a merchant by a prefix of its name, newest first, saying what matched", () => {
    const found = searchAll(everyday, { text: { input: "tes", fields: "all" } });
    const expected = all.filter((t) => /\btes/i.test(`${t.enrichments?.merchant?.display_name ?? ""} ${t.description}`));
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((r) => r.transaction.transaction_id)).toEqual(expected.map((t) => t.transaction_id));
    expect(found[0]!.matches).toContainEqual({ type: "merchant_name", content: "Tesco" });
  });

  it("needs every word, in any field, and matches categories by their words", () => {
    const both = searchAll(everyday, { text: { input: "tesco groceries", fields: "all" } });
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((r) => r.transaction.enrichments?.merchant?.slug === "tesco" && category(r.transaction) === "food_and_drink.groceries")).toBe(true);
    expect(searchAll(everyday, { text: { input: "tesco xyzzy", fields: "all" } })).toEqual([]);
    const eatingOut = searchAll(everyday, { text: { input: "eating out", fields: "all" } });
    expect(eatingOut.length).toBeGreaterThan(0);
    expect(eatingOut.every((r) => r.matches.some((m) => m.type.startsWith("category")))).toBe(true);
  });

  it("searches only the bank's text for a description search, and nothing for a text without words", () => {
    const described = searchAll(everyday, { text: { input: "groceries", fields: "description" } });
    expect(described.every((r) => /groceries/i.test(r.transaction.description))).toBe(true);
    expect(searchAll(everyday, { text: { input: "  !!! ", fields: "all" } })).toEqual([]);
  });

  it("suggests the merchant first, then categories, then the text as a description search", () => {
    const suggestions = everyday.suggestions("tesc", 5);
    expect(suggestions[0]).toEqual({ type: "merchant_name", value: "Tesco", logo: expect.stringContaining("/assets/merchants/tesco") });
    expect(suggestions.at(-1)).toEqual({ type: "description", value: "tesc" });
    expect(everyday.suggestions("groc", 5)[0]).toMatchObject({ type: "category_l2", value: "groceries" });
  });
});

describe("structured search", () => {
  it("filters by merchant name (any case), amount range, several accounts and direction together", () => {
    const accounts = everyday.accounts().slice(0, 2).map((a) => a.account_id);
    const found = searchAll(everyday, { merchantName: "TESCO", amountMin: 10, amountMax: 40, accountIds: accounts, creditDebitIndicator: "debit" });
    const expected = all.filter(
      (t) =>
        t.enrichments?.merchant?.slug === "tesco" &&
        Number(t.amount.value) >= 10 &&
        Number(t.amount.value) <= 40 &&
        accounts.includes(t.account_id) &&
        t.credit_debit_indicator === "debit",
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(found.map((r) => r.transaction)).toEqual(expected);
    expect(found[0]!.matches).toEqual([{ type: "merchant_name", content: "Tesco" }]);
  });
});

describe("category corrections", () => {
  const source = all.find((t) => t.enrichments?.merchant?.slug === "tesco" && t.credit_debit_indicator === "debit")!;
  const single: CategoryCorrection = { transactionId: source.transaction_id, l1: "shopping", l2: "other_shopping" };

  it("correct one transaction only, everywhere its data is read", () => {
    const corrected = world.customerData(DEMO_CUSTOMER.customerId, undefined, [single])!;
    expect(category(corrected.transaction(source.transaction_id)!)).toBe("shopping.other_shopping");
    expect(corrected.transaction(source.transaction_id)!.enrichments?.categories?.l1?.confidence).toBe("1.00");
    const listed = walk(corrected, { categoryL2: "other_shopping" });
    expect(listed.map((t) => t.transaction_id)).toContain(source.transaction_id);
    expect(searchAll(corrected, { categoryL2: "other_shopping" }).map((r) => r.transaction.transaction_id)).toContain(source.transaction_id);
    const otherTesco = walk(corrected, { merchant: "tesco" }).filter((t) => t.transaction_id !== source.transaction_id);
    expect(otherTesco.every((t) => category(t) === "food_and_drink.groceries")).toBe(true);
  });

  it("with a similarity key cover the same merchant in the same direction, including rows a refresh adds later", () => {
    const similarKey = everyday.similarityKey(source.transaction_id)!;
    const rule = { ...single, similarKey };
    const windows = DEMO_CUSTOMER.providers.map((provider) => firstSyncWindow(provider, TODAY));
    const corrected = world.customerData(DEMO_CUSTOMER.customerId, windows, [rule])!;
    const tesco = walk(corrected, { merchant: "tesco", creditDebitIndicator: "debit" });
    expect(tesco.length).toBe(everyday.similar(source.transaction_id, 10_000)!.length);
    expect(tesco.every((t) => category(t) === "shopping.other_shopping")).toBe(true);

    const later = isoDate(addMonths(dayOf(TODAY), 1));
    const refreshed = world.customerData(DEMO_CUSTOMER.customerId, windows.map((w) => ({ ...w, through: later })), [rule])!;
    const added = walk(refreshed, { merchant: "tesco", creditDebitIndicator: "debit", dateFrom: TODAY });
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((t) => category(t) === "shopping.other_shopping")).toBe(true);
  });

  it("apply in order, a later one winning, and keep similarity on the generated category", () => {
    const similarKey = everyday.similarityKey(source.transaction_id)!;
    const corrected = world.customerData(DEMO_CUSTOMER.customerId, undefined, [
      { ...single, similarKey },
      { transactionId: source.transaction_id, l1: "general", l2: "other_general" },
    ])!;
    expect(category(corrected.transaction(source.transaction_id)!)).toBe("general.other_general");
    expect(corrected.similarityKey(source.transaction_id)).toBe(similarKey);
    expect(corrected.similar(source.transaction_id, 3)!.map(category)).toContain("shopping.other_shopping");
  });
});

describe("the heavy customer", () => {
  it("searches through the index (timings printed, not asserted)", () => {
    const heavy = world.customerData(HEAVY_CUSTOMER.customerId)!;
    const timed = (label: string, run: () => unknown) => {
      const started = performance.now();
      const result = run();
      console.log(`search ${label}: ${(performance.now() - started).toFixed(1)} ms`);
      return result;
    };
    timed("first (builds the index)", () => heavy.search({ ...ALL_TIME, text: { input: "tesco", fields: "all" } }, 25));
    const page = timed("'tes', index built", () => heavy.search({ ...ALL_TIME, text: { input: "tes", fields: "all" } }, 25)) as ReturnType<CustomerData["search"]>;
    timed("suggestions 'a'", () => heavy.suggestions("a", 5));
    timed("amount range", () => heavy.search({ ...ALL_TIME, amountMin: 100, amountMax: 200 }, 100));
    expect(page.items).toHaveLength(25);
    expect(page.items.every((r) => r.matches.length > 0)).toBe(true);
  });
});
