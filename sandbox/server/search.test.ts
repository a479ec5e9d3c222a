/**
 * Transaction search over HTTP with the seeded world: each filter, the spec's 400 rules, paging, search ids
 * (found only by their own customer, gone once expired), the headers, and the /search/v1 path.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMER, EURO_CUSTOMER } from "../data/demo-customers";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, type BudCaller, type WireResponse } from "./test-support";

let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, today: "2025-06-30" });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

const LONDON = { "X-Timezone": "Europe/London" };
const as =
  (customer: { customerId: string; customerSecret: string }) =>
  (path: string, headers: Record<string, string> = LONDON): Promise<WireResponse> =>
    bud(path, { customer: { id: customer.customerId, secret: customer.customerSecret }, headers });
const asDemo = as(DEMO_CUSTOMER);

interface Result {
  transaction: {
    transaction_id: string;
    account_id: string;
    date_time: string;
    amount: { value: string };
    credit_debit_indicator: string;
    description: string;
    tags?: string[];
    enrichments?: { merchant?: { slug: string; display_name: string }; categories?: { l1?: { slug: string }; l2?: { slug: string } } };
  };
  matches: { type: string; content: string }[];
}

/** Every result of a search, following next_page_token through GET /search/beta/transactions/{id}. */
async function everything(query: string): Promise<Result[]> {
  const first = await asDemo(`/search/beta/transactions?${query}&page_size=100`);
  expect(first.status).toBe(200);
  const results: Result[] = [...first.body.data.results];
  let token: string | undefined = first.body.metadata.next_page_token;
  while (token) {
    const page = await asDemo(`/search/beta/transactions/${first.body.data.id}?page_size=100&page_token=${encodeURIComponent(token)}`);
    results.push(...page.body.data.results);
    token = page.body.metadata.next_page_token;
  }
  return results;
}

describe("filters", () => {
  const cases: [string, (r: Result) => boolean][] = [
    ["merchant_name=Tesco", (r) => r.transaction.enrichments?.merchant?.slug === "tesco"],
    ["category_l1=eating_out", (r) => r.transaction.enrichments?.categories?.l1?.slug === "eating_out"],
    ["category_l2=groceries", (r) => r.transaction.enrichments?.categories?.l2?.slug === "groceries"],
    ["description=tesco", (r) => /tesco/i.test(r.transaction.description)],
    ["tag=subscription", (r) => !!r.transaction.tags?.includes("subscription")],
    ["credit_debit_indicator=credit", (r) => r.transaction.credit_debit_indicator === "credit"],
    ["amount_min=100&amount_max=250", (r) => Number(r.transaction.amount.value) >= 100 && Number(r.transaction.amount.value) <= 250],
    ["from=2025-06-01&to=2025-06-15", (r) => r.transaction.date_time >= "2025-05-31T23:00:00Z" && r.transaction.date_time <= "2025-06-15T22:59:59Z"],
  ];
  for (const [query, predicate] of cases) {
    it(query, async () => {
      const results = await everything(query);
      expect(results.length).toBeGreaterThan(0);
      expect(results.filter((r) => !predicate(r))).toEqual([]);
      const times = results.map((r) => Date.parse(r.transaction.date_time));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });
  }

  it("account_id as a comma list or repeated keys covers each account named", async () => {
    const accounts = (await asDemo("/financial/v3/accounts")).body.data.map((a: { account_id: string }) => a.account_id) as string[];
    const [a, b] = accounts;
    const comma = await everything(`account_id=${a},${b}&category_l1=shopping`);
    const repeated = await everything(`account_id=${a}&account_id=${b}&category_l1=shopping`);
    expect(new Set(comma.map((r) => r.transaction.account_id))).toEqual(new Set([a, b].filter((id) => comma.some((r) => r.transaction.account_id === id))));
    expect(repeated).toEqual(comma);
    const echoed = await asDemo(`/search/beta/transactions?account_id=${a}&account_id=${b}`);
    expect(echoed.body.metadata.query.account_ids).toEqual([a, b]);
  });

  it("user_input finds by merchant prefix, with suggestions and what matched", async () => {
    const search = await asDemo("/search/beta/transactions?user_input=tesc");
    expect(search.body.data.results.length).toBeGreaterThan(0);
    expect(search.body.data.results[0].matches).toContainEqual({ type: "merchant_name", content: "Tesco" });
    expect(search.body.data.suggested_searches[0]).toEqual({
      filter: { type: "merchant_name", value: "Tesco", logo: expect.stringContaining("/assets/merchants/tesco") },
      url: "/search/beta/transactions?merchant_name=Tesco",
    });
    const icon = search.body.data.suggested_searches.find((s: { filter: { type: string } }) => s.filter.type === "description");
    expect(icon.filter.logo).toMatch(/\/assets\/search\/description\.svg$/);
    expect((await fetch(icon.filter.logo.replace(/^http:\/\/localhost:\d+/, sandbox.url))).status).toBe(200);
    expect(search.body.metadata.query).toMatchObject({ user_input: "tesc", from: expect.any(String), to: "2025-06-30T22:59:59Z" });
  });
});

describe("the spec's rules", () => {
  const bad: [string, Record<string, string>?][] = [
    ["user_input=tesco&merchant_name=Tesco"],
    ["category_l1=shopping&category_l2=groceries"],
    ["description=x&tag=bill"],
    ["amount_min=-1"],
    ["amount_max=0"],
    ["amount_min=50&amount_max=10"],
    ["amount_min=lots"],
    ["page_size=101"],
    ["page_size=0"],
    ["page_token=forged"],
    ["from=2025-06-10&to=2025-06-01"],
    ["from=yesterday"],
    ["to=2025-02-30"],
    ["credit_debit_indicator=both"],
    [`user_input=${"x".repeat(513)}`],
    ["user_input=tesco", {}],
    ["user_input=tesco", { "X-Timezone": "Mars/Olympus" }],
    ["user_input=tesco", { ...LONDON, Accept: "text/html" }],
  ];
  for (const [query, headers] of bad) {
    it(`400 for ${query.slice(0, 60)} ${headers ? JSON.stringify(headers) : ""}`, async () => {
      const response = await asDemo(`/search/beta/transactions?${query}`, headers ?? LONDON);
      expect([response.status, response.body.code_id]).toEqual([400, expect.stringMatching(/^(failed_validation|bad_request)$/)]);
    });
  }

  it("treats an empty value as not set, so it does not count towards at most one", async () => {
    expect((await asDemo("/search/beta/transactions?user_input=&merchant_name=Tesco")).status).toBe(200);
  });
});

describe("paging, formats and search ids", () => {
  it("pages 25 by default, at most 100, and pages agree with one large page", async () => {
    const first = await asDemo("/search/beta/transactions?category_l1=food_and_drink");
    expect(first.body.data.results).toHaveLength(25);
    expect(first.body.metadata).toMatchObject({ results: 25, expires_in: 60, next_page_token: expect.any(String) });
    const second = await asDemo(`/search/beta/transactions/${first.body.data.id}?page_token=${encodeURIComponent(first.body.metadata.next_page_token)}`);
    const large = await asDemo("/search/beta/transactions?category_l1=food_and_drink&page_size=50");
    const ids = (page: WireResponse) => page.body.data.results.map((r: Result) => r.transaction.transaction_id);
    expect([...ids(first), ...ids(second)]).toEqual(ids(large));
    // A token belongs to its search: another search's parameters refuse it.
    const other = await asDemo(`/search/beta/transactions?category_l1=shopping&page_token=${encodeURIComponent(first.body.metadata.next_page_token)}`);
    expect(other.status).toBe(400);
  });

  it("answers the format the Accept header asks for, with that content type", async () => {
    const ids = await asDemo("/search/beta/transactions?tag=subscription", { ...LONDON, Accept: "application/bud-transaction-id+json" });
    expect(ids.headers.get("content-type")).toBe("application/bud-transaction-id+json");
    expect(Object.keys(ids.body.data.results[0]).sort()).toEqual(["matches", "transaction_id"]);
    const full = await asDemo("/search/beta/transactions?tag=subscription");
    expect(full.headers.get("content-type")).toBe("application/bud-transaction-v3+json");
    expect(full.body.data.results[0].transaction.transaction_id).toBe(ids.body.data.results[0].transaction_id);
  });

  it("finds a search only for its own customer, and not once it has expired", async () => {
    const search = await asDemo("/search/beta/transactions?user_input=coffee");
    const id = search.body.data.id as string;
    expect((await as(EURO_CUSTOMER)(`/search/beta/transactions/${id}`)).status).toBe(404);
    expect((await asDemo(`/search/beta/transactions/${id}`)).status).toBe(200);
    sandbox.clock.advance(1);
    const expired = await asDemo(`/search/beta/transactions/${id}`);
    expect([expired.status, expired.body.code_id]).toEqual([404, "not_found"]);
  });

  it("answers a customer without banks with no results, and refuses a page token it never issued", async () => {
    const created = await bud("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: "search-no-banks" } } });
    const customer = { id: created.body.data.customer_id, secret: created.body.data.customer_secret };
    const empty = await bud("/search/beta/transactions?user_input=tesco", { customer, headers: LONDON });
    expect([empty.status, empty.body.data.results, empty.body.data.suggested_searches]).toEqual([200, [], []]);
    expect((await bud("/search/beta/transactions?page_token=abc", { customer, headers: LONDON })).status).toBe(400);
  });

  it("answers at /search/v1/transactions as at the beta path", async () => {
    const beta = await asDemo("/search/beta/transactions?merchant_name=tesco&to=2025-06-30");
    const v1 = await asDemo("/search/v1/transactions?merchant_name=tesco&to=2025-06-30");
    expect(v1.body.data.results).toEqual(beta.body.data.results);
    expect((await asDemo(`/search/v1/transactions/${v1.body.data.id}`)).status).toBe(200);
    const suggested = await asDemo("/search/v1/transactions?user_input=tesco");
    expect(suggested.body.data.suggested_searches[0].url).toBe("/search/v1/transactions?merchant_name=Tesco");
  });
});
