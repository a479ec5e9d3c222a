/**
 * Category corrections over HTTP with the seeded world: one transaction or every similar one (past, and future
 * ones a later refresh brings), shown in the list, search and a budget's `spent`; the similar endpoint; the
 * 400s and 404s; and corrections surviving a restart.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMoney } from "../../lib/money";
import { DEMO_CUSTOMER, EURO_CUSTOMER, JOINT_CUSTOMER } from "../data/demo-customers";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, type BudCaller, type CallOptions, type WireResponse } from "./test-support";

const TODAY = "2025-06-30";
let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, today: TODAY });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

type Customer = { customerId: string; customerSecret: string; providers: readonly string[] };
const as =
  (customer: Customer) =>
  (requestPath: string, options: CallOptions = {}): Promise<WireResponse> =>
    bud(requestPath, { ...options, customer: { id: customer.customerId, secret: customer.customerSecret } });
const asDemo = as(DEMO_CUSTOMER);

interface Txn {
  transaction_id: string;
  date_time: string;
  amount: { value: string; currency: string };
  enrichments?: { categories?: { l1?: { slug: string }; l2?: { slug: string } } };
}
const category = (t: Txn) => `${t.enrichments?.categories?.l1?.slug}.${t.enrichments?.categories?.l2?.slug}`;

async function list(call: ReturnType<typeof as>, query: string): Promise<Txn[]> {
  const rows: Txn[] = [];
  let token: string | undefined;
  do {
    const page = await call(`/financial/v2/transactions?${query}&page_size=200${token ? `&page_token=${encodeURIComponent(token)}` : ""}`);
    rows.push(...page.body.data);
    token = page.body.metadata.next_page_token;
  } while (token);
  return rows;
}

const correct = (call: ReturnType<typeof as>, body: unknown) => call("/corrections/v2/categories", { method: "POST", body });

describe("one transaction", () => {
  it("changes that transaction in the list and in search, and no other", async () => {
    const [source, other] = await list(asDemo, "category_l1=eating_out&credit_debit_indicator=debit&date_from=2025-06-01");
    const corrected = await correct(asDemo, [{ transaction_id: source!.transaction_id, category_l2: "gifts" }]);
    expect(corrected.status).toBe(200);
    expect(corrected.body.data).toEqual([{ transaction_id: source!.transaction_id, category_l1: "charity_and_gifts", category_l2: "gifts", include_similar: false }]);
    const after = await list(asDemo, "date_from=2025-06-01&credit_debit_indicator=debit");
    expect(category(after.find((t) => t.transaction_id === source!.transaction_id)!)).toBe("charity_and_gifts.gifts");
    expect(category(after.find((t) => t.transaction_id === other!.transaction_id)!)).toBe(category(other!));
    const search = await asDemo("/search/beta/transactions?category_l2=gifts&page_size=100", { headers: { "X-Timezone": "Europe/London" } });
    expect(search.body.data.results.map((r: { transaction: Txn }) => r.transaction.transaction_id)).toContain(source!.transaction_id);
  });

  it("with only an L1 keeps an L2 under it, else takes the L1's other_… L2", async () => {
    const [source] = await list(asDemo, "merchant=argos&credit_debit_indicator=debit");
    const corrected = await correct(asDemo, [{ transaction_id: source!.transaction_id, category_l1: "home" }]);
    expect(corrected.body.data[0]).toMatchObject({ category_l1: "home", category_l2: "pets" });
    const again = await correct(asDemo, [{ transaction_id: source!.transaction_id, category_l1: "shopping" }]);
    expect(again.body.data[0]).toMatchObject({ category_l1: "shopping", category_l2: "other_shopping" });
    const dotted = await correct(asDemo, [{ transaction_id: source!.transaction_id, category_l2: "home.diy_and_garden" }]);
    expect(dotted.body.data[0]).toMatchObject({ category_l1: "home", category_l2: "diy_and_garden" });
  });
});

describe("include_similar", () => {
  it("lists similar transactions, with or without the source", async () => {
    const [source] = await list(asDemo, "merchant=tesco&credit_debit_indicator=debit");
    const similar = await asDemo(`/corrections/v2/categories/similar/${source!.transaction_id}`);
    const tesco = await list(asDemo, "merchant=tesco&credit_debit_indicator=debit");
    expect(similar.body.data.map((t: Txn) => t.transaction_id)).toEqual(tesco.map((t) => t.transaction_id));
    expect(similar.body.metadata).toEqual({ results: tesco.length, exclude_source: false });
    const without = await asDemo(`/corrections/v2/categories/similar/${source!.transaction_id}?exclude_source=true`);
    expect(without.body.metadata.results).toBe(tesco.length - 1);
    expect(without.body.data.map((t: Txn) => t.transaction_id)).not.toContain(source!.transaction_id);
    expect((await asDemo(`/corrections/v2/categories/similar/${source!.transaction_id}?exclude_source=maybe`)).status).toBe(400);
  });

  it("changes every similar past transaction, and future ones a refresh brings", async () => {
    const before = await list(asDemo, "merchant=tesco&credit_debit_indicator=debit");
    const refunds = await list(asDemo, "merchant=tesco&credit_debit_indicator=credit");
    const corrected = await correct(asDemo, [{ transaction_id: before[3]!.transaction_id, category_l1: "shopping", category_l2: "department_stores", include_similar: true }]);
    expect(corrected.body.metadata).toEqual({ results: 1 });
    const after = await list(asDemo, "merchant=tesco&credit_debit_indicator=debit");
    expect(after.map((t) => t.transaction_id)).toEqual(before.map((t) => t.transaction_id));
    expect(after.every((t) => category(t) === "shopping.department_stores")).toBe(true);
    // A refund from the same merchant is not "similar": it goes the other way.
    expect((await list(asDemo, "merchant=tesco&credit_debit_indicator=credit")).map(category)).toEqual(refunds.map(category));

    sandbox.clock.advance(14);
    for (const provider of DEMO_CUSTOMER.providers) sandbox.connectBank(DEMO_CUSTOMER.customerId, provider);
    const future = await list(asDemo, `merchant=tesco&credit_debit_indicator=debit&date_from=${TODAY}T23:59:59Z`);
    expect(future.length).toBeGreaterThan(0);
    expect(future.every((t) => category(t) === "shopping.department_stores")).toBe(true);
  });
});

describe("budgets", () => {
  it("count a corrected transaction in the budget of its new category", async () => {
    const asJoint = as(JOINT_CUSTOMER);
    const budget = await asJoint("/goals/v1/spending-budgets", {
      method: "POST",
      body: { name: "Gifts", amount: { value: "500.00", currency: "GBP" }, recurrency: { period: "monthly" }, include: { categories: [{ l1: "charity_and_gifts" }] } },
    });
    const spent = async () => parseMoney((await asJoint("/goals/v1/spending-budgets?day=2025-06-15")).body.data[0].spent.amount.value, "GBP").minor;
    const before = await spent();
    const [groceries] = await list(asJoint, "category_l2=groceries&credit_debit_indicator=debit&date_from=2025-06-01&date_to=2025-06-30");
    expect(groceries!.amount.currency).toBe("GBP");
    await correct(asJoint, [{ transaction_id: groceries!.transaction_id, category_l1: "charity_and_gifts", category_l2: "gifts" }]);
    expect(await spent()).toBe(before + parseMoney(groceries!.amount.value, "GBP").minor);
    const listed = await asJoint(`/goals/v1/spending-budgets/${budget.body.data.id}/transactions?day=2025-06-15`);
    expect(listed.body.data.map((t: Txn) => t.transaction_id)).toContain(groceries!.transaction_id);
  });
});

describe("bad requests", () => {
  const cases: [string, unknown][] = [
    ["an empty list", []],
    ["an object instead of a list", { transaction_id: "x" }],
    ["no category", [{ transaction_id: "PLACEHOLDER" }]],
    ["an unknown L1", [{ transaction_id: "PLACEHOLDER", category_l1: "nonsense" }]],
    ["an L2 under another L1", [{ transaction_id: "PLACEHOLDER", category_l1: "transport", category_l2: "groceries" }]],
    ["include_similar that is not a boolean", [{ transaction_id: "PLACEHOLDER", category_l2: "gifts", include_similar: "yes" }]],
    ["too many corrections", Array.from({ length: 101 }, () => ({ transaction_id: "PLACEHOLDER", category_l2: "gifts" }))],
  ];
  for (const [name, body] of cases) {
    it(`400 validation_error for ${name}, changing nothing`, async () => {
      const [row] = await list(asDemo, "merchant=aldi&credit_debit_indicator=debit");
      const json = JSON.stringify(body).replaceAll("PLACEHOLDER", row!.transaction_id);
      const response = await correct(asDemo, json);
      expect([response.status, response.body.code_id, response.body.message]).toEqual([400, "validation_error", "Bad request payload"]);
      const [unchanged] = await list(asDemo, "merchant=aldi&credit_debit_indicator=debit");
      expect(category(unchanged!)).toBe(category(row!));
    });
  }

  it("404 for a transaction of another customer, for corrections and for similar", async () => {
    const [foreign] = await list(as(EURO_CUSTOMER), "credit_debit_indicator=debit");
    const response = await correct(asDemo, [{ transaction_id: foreign!.transaction_id, category_l2: "gifts" }]);
    expect([response.status, response.body.code_id]).toEqual([404, "not_found"]);
    expect((await asDemo(`/corrections/v2/categories/similar/${foreign!.transaction_id}`)).status).toBe(404);
    expect(category((await list(as(EURO_CUSTOMER), `credit_debit_indicator=debit`))[0]!)).toBe(category(foreign!));
  });
});

describe("persistence", () => {
  it("keeps corrections across a restart", async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "sandbox-corrections-"));
    const first = await startSandbox({ port: 0, today: TODAY, dataDir });
    const firstBud = await budCaller(first);
    const customer = { id: DEMO_CUSTOMER.customerId, secret: DEMO_CUSTOMER.customerSecret };
    const page = await firstBud("/financial/v2/transactions?merchant=tesco&page_size=1", { customer });
    const id = page.body.data[0].transaction_id as string;
    await firstBud("/corrections/v2/categories", { method: "POST", customer, body: [{ transaction_id: id, category_l2: "gifts" }] });
    await first.close();
    const second = await startSandbox({ port: 0, today: TODAY, dataDir });
    try {
      const again = await (await budCaller(second))("/financial/v2/transactions?merchant=tesco&page_size=1", { customer });
      expect(category(again.body.data[0])).toBe("charity_and_gifts.gifts");
    } finally {
      await second.close();
    }
  });
});
