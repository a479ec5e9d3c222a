/**
 * The insights agree with the transaction list on the seeded world: for the demo customers, each total equals the
 * matching rows of GET /financial/v2/transactions added up per currency (the app's click-through promise).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseMoney } from "../../../lib/money";
import { DEMO_CUSTOMER, EURO_CUSTOMER } from "../../data/demo-customers";
import { startSandbox, type RunningSandbox } from "../start";
import { budCaller, type BudCaller, type CallOptions } from "../test-support";

let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, today: "2025-06-30" });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

type Customer = { customerId: string; customerSecret: string };
const as = (customer: Customer) => (path: string, options: CallOptions = {}) =>
  bud(path, { ...options, customer: { id: customer.customerId, secret: customer.customerSecret } });

interface ListedRow {
  provider: string;
  amount: { value: string; currency: string };
  credit_debit_indicator: "credit" | "debit";
  enrichments: { categories: { l1: { slug: string } }; merchant?: { slug: string } };
}

async function listed(customer: Customer, query: string): Promise<ListedRow[]> {
  const rows: ListedRow[] = [];
  let token: string | undefined;
  do {
    const page = await as(customer)(`/financial/v2/transactions?${query}&page_size=200${token ? `&page_token=${encodeURIComponent(token)}` : ""}`);
    rows.push(...page.body.data);
    token = page.body.metadata.next_page_token;
  } while (token);
  return rows;
}

/** "l1|currency|direction" → [minor, count], from the list. */
function sums(rows: ListedRow[], key: (row: ListedRow) => string | undefined): Map<string, [number, number]> {
  const result = new Map<string, [number, number]>();
  for (const row of rows) {
    const k = key(row);
    if (k === undefined) continue;
    const entry = result.get(k) ?? [0, 0];
    entry[0] += parseMoney(row.amount.value, row.amount.currency).minor;
    entry[1]++;
    result.set(k, entry);
  }
  return result;
}

interface WireTotal {
  amount: { value: string; currency: string };
  transaction_count: number;
}

function flatten(name: string, direction: string, totals: WireTotal[], into: Map<string, [number, number]>) {
  for (const total of totals) into.set(`${name}|${total.amount.currency}|${direction}`, [parseMoney(total.amount.value, total.amount.currency).minor, total.transaction_count]);
}

/** Category totals flattened to "l1|currency|direction" → [minor, count]. */
async function categoryTotals(customer: Customer, range: string): Promise<Map<string, [number, number]>> {
  const { body } = await as(customer)(`/aggregations/v2/totals/categories?${range}`);
  const actual = new Map<string, [number, number]>();
  for (const category of body.data) {
    flatten(category.name, "credit", category.credit_total, actual);
    flatten(category.name, "debit", category.debit_total, actual);
  }
  return actual;
}

const categoryKey = (row: ListedRow) => `${row.enrichments.categories.l1.slug}|${row.amount.currency}|${row.credit_debit_indicator}`;

describe("insights agree with the transaction list", () => {
  it("for a customer without banks: empty totals, and 204 from the endpoints that declare it", async () => {
    const created = await bud("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: "insights-empty" } } });
    const get = as({ customerId: created.body.data.customer_id, customerSecret: created.body.data.customer_secret });
    const totals = await get("/aggregations/v2/totals/categories");
    expect([totals.status, totals.body.data, totals.body.metadata.debit_total]).toEqual([200, [], []]);
    expect((await get("/aggregations/v2/totals/categories/trends")).body.data.every((bucket: { data: unknown[] }) => bucket.data.length === 0)).toBe(true);
    for (const path of ["/v2/merchants/totals", "/v1/regular-transactions", "/v2/future-transactions", "/v2/income", "/v1/subscriptions"]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 204 });
    }
  });

  it("for a signed-up customer, across its connected banks, and again after it connects another", async () => {
    const created = await bud("/platform/v3/customers", { method: "POST", body: { client_metadata: { idempotent_identifier: "insights-union" } } });
    const customer = { customerId: created.body.data.customer_id, customerSecret: created.body.data.customer_secret };
    const range = "from=2025-04-01T00:00:00Z&to=2025-06-30T23:59:59Z";
    sandbox.connectBank(customer.customerId, "Monzo_Sandbox");
    const oneBank = await categoryTotals(customer, range);
    expect(oneBank).toEqual(sums(await listed(customer, "date_from=2025-04-01&date_to=2025-06-30"), categoryKey));

    sandbox.connectBank(customer.customerId, "Barclays_Sandbox");
    const twoBanks = await categoryTotals(customer, range);
    const rows = await listed(customer, "date_from=2025-04-01&date_to=2025-06-30");
    expect(new Set(rows.map((row) => row.provider))).toEqual(new Set(["Monzo_Sandbox", "Barclays_Sandbox"]));
    expect(twoBanks).toEqual(sums(rows, categoryKey));
    expect(twoBanks).not.toEqual(oneBank);
  });

  for (const customer of [DEMO_CUSTOMER, EURO_CUSTOMER]) {
    it(`category totals for June 2025 (${customer.label})`, async () => {
      const rows = await listed(customer, "date_from=2025-06-01&date_to=2025-06-30");
      expect(rows.length).toBeGreaterThan(20);
      expect(await categoryTotals(customer, "from=2025-06-01T00:00:00Z&to=2025-06-30T23:59:59Z")).toEqual(sums(rows, categoryKey));
    });

    it(`merchant totals for May and June 2025 (${customer.label})`, async () => {
      const rows = await listed(customer, "date_from=2025-05-01&date_to=2025-06-30");
      const merchantKey = (row: ListedRow) => row.enrichments.merchant && `${row.enrichments.merchant.slug}|${row.amount.currency}|${row.credit_debit_indicator}`;
      const expected = sums(rows, merchantKey);
      const { body } = await as(customer)("/v2/merchants/totals", { headers: { "X-From": "2025-05-01", "X-To": "2025-06-30" } });
      const actual = new Map<string, [number, number]>();
      for (const entry of body.data) {
        const { currency } = entry.total_debit;
        if (entry.credit_transaction_count) actual.set(`${entry.merchant.id}|${currency}|credit`, [parseMoney(entry.total_credit.value, currency).minor, entry.credit_transaction_count]);
        if (entry.debit_transaction_count) actual.set(`${entry.merchant.id}|${currency}|debit`, [parseMoney(entry.total_debit.value, currency).minor, entry.debit_transaction_count]);
      }
      expect(actual.size).toBeGreaterThan(5);
      expect(actual).toEqual(expected);
    });
  }
});
