import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "./start";
import { budCaller, startTestSandbox, type BudCaller, type CallOptions } from "./test-support";
import { CURRENT_ACCOUNT, SAVINGS_ACCOUNT, TEST_CUSTOMER } from "./test-world";

let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startTestSandbox();
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

const asDemo = (path: string, options: CallOptions = {}) =>
  bud(path, { ...options, customer: { id: TEST_CUSTOMER.customerId, secret: TEST_CUSTOMER.customerSecret } });
const ids = (items: { account_id?: string; transaction_id?: string }[]) => items.map((item) => item.transaction_id ?? item.account_id);

describe("accounts", () => {
  it("lists accounts with filters as comma lists or repeated keys, echoing them in metadata", async () => {
    const all = await asDemo("/financial/v3/accounts");
    expect(all.body.metadata).toEqual({ parameters: { include_all_balances: false }, results: 2 });
    expect(all.body.data[0].balances).not.toHaveProperty("all_balances");
    expect(ids((await asDemo("/financial/v3/accounts?account_type=savings,loan")).body.data)).toEqual([SAVINGS_ACCOUNT]);
    const repeated = await asDemo("/financial/v3/accounts?holder_relationship_type=joint&holder_relationship_type=sole&currency=GBP");
    expect(repeated.body.metadata.parameters).toEqual({ currencies: ["GBP"], holder_types: ["joint", "sole"], include_all_balances: false });
    expect(repeated.body.data).toHaveLength(2);
    expect((await asDemo("/financial/v3/accounts?provider=Monzo_Sandbox")).body.data).toEqual([]);
    const withAll = await asDemo("/financial/v3/accounts?include_all_balances=true");
    expect(withAll.body.data[0].balances.all_balances).toHaveLength(1);
    expect((await asDemo("/financial/v3/accounts?include_all_balances=maybe")).status).toBe(400);
  });

  it("gets one account, or account_not_found", async () => {
    const one = await asDemo(`/financial/v3/accounts/${CURRENT_ACCOUNT}`);
    expect(one.body).toMatchObject({ operation_id: "financial_v3_accounts_account_id_get", data: { account_id: CURRENT_ACCOUNT }, metadata: { results: 1 } });
    const missing = await asDemo("/financial/v3/accounts/nope");
    expect([missing.status, missing.body.code_id]).toEqual([404, "account_not_found"]);
  });

  it("summarises transaction dates across accounts", async () => {
    const response = await asDemo("/financial/v3/accounts/transaction-dates");
    expect(response.body.metadata).toEqual({ results: 1, first_transaction_date: "2024-06-01T12:00:00Z", last_transaction_date: "2024-06-05T12:00:00Z" });
  });
});

describe("balances over time", () => {
  it("returns every account's points with a signed min/max summary", async () => {
    const response = await asDemo("/financial/v3/balances?granularity=daily");
    expect(response.status).toBe(200);
    expect(response.body.data.map((entry: { account_id: string }) => entry.account_id)).toEqual([CURRENT_ACCOUNT, SAVINGS_ACCOUNT]);
    expect(response.body.metadata.accounts[CURRENT_ACCOUNT]).toEqual({
      from: "2024-06-20T23:59:59Z",
      to: "2024-06-22T23:59:59Z",
      balance_count: 3,
      min_balance: { value: "-25.50", currency: "GBP" },
      max_balance: { value: "310.00", currency: "GBP" },
    });
    expect(response.body.metadata.parameters).toEqual({ from: "2024-06-20T23:59:59Z", to: "2024-06-30T23:59:59Z", granularity: "daily" });
    expect((await asDemo("/financial/v3/balances?granularity=hourly")).status).toBe(400);
  });

  it("returns one account's points, or account_not_found", async () => {
    const response = await asDemo(`/financial/v3/accounts/${CURRENT_ACCOUNT}/balances?from=2024-06-01T00:00:00Z`);
    expect(response.body.data).toHaveLength(3);
    expect(response.body.metadata.parameters).toEqual({
      from: "2024-06-01T00:00:00Z",
      to: "2024-06-30T23:59:59Z",
      granularity: "weekly",
      account_id: CURRENT_ACCOUNT,
    });
    const missing = await asDemo("/financial/v3/accounts/nope/balances");
    expect([missing.status, missing.body.operation_id, missing.body.code_id]).toEqual([404, "financial_v3_accounts_balances_get", "account_not_found"]);
  });
});

describe("transactions", () => {
  it("pages with next_page_token, omitted on the last page", async () => {
    const first = await asDemo("/financial/v2/transactions?page_size=2");
    expect(first.body.metadata).toEqual({ results: 2, next_page_token: expect.any(String) });
    const seen = [...ids(first.body.data)];
    let token: string | undefined = first.body.metadata.next_page_token;
    while (token) {
      const page = await asDemo(`/financial/v2/transactions?page_size=2&page_token=${encodeURIComponent(token)}`);
      seen.push(...ids(page.body.data));
      token = page.body.metadata.next_page_token;
    }
    expect(seen).toEqual(["txn-1", "txn-2", "txn-3", "txn-4", "txn-5"]);
  });

  it("passes filters through, accepting status as repeated keys or a comma list", async () => {
    expect(ids((await asDemo("/financial/v2/transactions?status=pending")).body.data)).toEqual(["txn-1"]);
    expect(ids((await asDemo("/financial/v2/transactions?status=pending,booked&credit_debit_indicator=credit")).body.data)).toEqual(["txn-5"]);
    expect((await asDemo("/financial/v2/transactions?status=pending&status=declined")).body.data).toHaveLength(1);
    expect((await asDemo(`/financial/v2/transactions?account_id=${SAVINGS_ACCOUNT}`)).body.data).toEqual([]);
    const changes = await asDemo("/financial/v2/transactions?updated_after=2024-06-01T00:00:00Z");
    expect(changes.body.metadata).toMatchObject({ updated_after: "2024-06-01T00:00:00Z", deleted: [] });
  });

  it("rejects bad page sizes, page tokens, dates and enums with 400", async () => {
    const bad = ["page_size=0", "page_size=201", "page_size=x", "status=cancelled", "credit_debit_indicator=both", "date_from=yesterday", "date_to=2024-02-30", "updated_after=2024-06-01"];
    for (const query of bad) {
      const response = await asDemo(`/financial/v2/transactions?${query}`);
      expect([query, response.status, response.body.code_id]).toEqual([query, 400, "failed_validation"]);
    }
    const badToken = await asDemo("/financial/v2/transactions?page_token=forged");
    expect([badToken.status, badToken.body.code_id, badToken.body.message]).toEqual([400, "bad_request", "invalid page token"]);
  });
});

describe("providers and categories", () => {
  it("lists providers, filtered by type and region", async () => {
    const all = await bud("/v1/open-banking/providers");
    expect(all.body).toMatchObject({ operation_id: "open_banking_providers_get", metadata: null });
    expect(all.body.data[0]).toMatchObject({ provider: "Natwest_Sandbox", regions: ["GBR"] });
    expect((await bud("/v1/open-banking/providers?types=sandbox,retail&region=GBR&scopes=accounts")).body.data).toHaveLength(1);
    expect((await bud("/v1/open-banking/providers?types=retail")).body.data).toEqual([]);
    expect((await bud("/v1/open-banking/providers?types=crypto")).status).toBe(400);
  });

  it("serves the taxonomy flat or as a map, filtered by label, for model uk-v2 only", async () => {
    const flat = await bud("/resources/v2/categories");
    expect(flat.body.data.categories).toEqual(["food_and_drink", "income", "entertainment"]);
    expect(flat.body.metadata.model.name).toBe("uk-v2");
    const essential = await bud("/resources/v2/categories?format=map&label=essential");
    expect(essential.body.data).toEqual([
      {
        name: "food_and_drink",
        labels: ["essential"],
        subcategories: [
          { name: "groceries", labels: ["essential"] },
          { name: "coffee", labels: ["essential"] },
        ],
      },
    ]);
    expect((await bud("/resources/v2/categories?label=nonessential")).body.data).toEqual({ categories: ["entertainment"], subcategories: ["cinema"] });
    const unknownModel = await bud("/resources/v2/categories?model=us-v1");
    expect([unknownModel.status, unknownModel.body.message]).toEqual([404, "Model not found"]);
    expect((await bud("/resources/v2/categories/models")).body.data).toEqual([{ name: "uk-v2", description: expect.any(String) }]);
  });
});
