/**
 * A hand-made customer for the insight tests: thirteen transactions in two currencies on two accounts, small
 * enough that every expected total in insights.test.ts is computed by hand in its comments. The clock's today is
 * FIXTURE_TODAY; the rest of the world (client, provider, taxonomy) is the server's test world.
 */
import { InvalidPageToken, type CustomerData, type TransactionQuery, type WireAccount, type WireTransaction, type World } from "../../data/world";
import { startSandbox } from "../start";
import { budCaller } from "../test-support";
import { createTestAssetsDir, createTestWorld, TEST_CUSTOMER } from "../test-world";

export const FIXTURE_TODAY = "2025-06-30";
export const GBP_ACCOUNT = "acc-gbp";
export const EUR_ACCOUNT = "acc-eur";

const account = (id: string, currency: string): WireAccount => ({
  account_id: id,
  currency,
  suggested_name: `${currency} account`,
  account_type: "current_account",
  usage_type: "personal",
  provider: "Natwest_Sandbox",
});

interface Row {
  id: string;
  at: string;
  account?: string;
  value: string;
  direction: "credit" | "debit";
  category: string;
  merchant?: string;
  tags?: string[];
  regular?: string;
  pending?: boolean;
}

// prettier-ignore
const ROWS: Row[] = [
  { id: "r01", at: "2025-06-02T10:00:00Z", value: "10.00", direction: "debit", category: "food_and_drink.groceries", merchant: "tesco" },
  { id: "r02", at: "2025-06-03T10:00:00Z", value: "5.50", direction: "debit", category: "food_and_drink.coffee", merchant: "pret" },
  { id: "r03", at: "2025-06-10T10:00:00Z", value: "2.00", direction: "credit", category: "food_and_drink.groceries", merchant: "tesco" },
  { id: "r04", at: "2025-06-15T09:00:00Z", account: EUR_ACCOUNT, value: "20.00", direction: "debit", category: "food_and_drink.groceries", merchant: "lidl" },
  { id: "r05", at: "2025-06-20T08:00:00Z", value: "1000.00", direction: "credit", category: "income.salary", tags: ["income", "regular-transaction"], regular: "salary" },
  { id: "r06", at: "2025-05-28T10:00:00Z", value: "30.00", direction: "debit", category: "shopping.clothing", merchant: "zara" },
  { id: "r07", at: "2025-06-25T07:00:00Z", value: "100.00", direction: "debit", category: "mortgage_and_rent.rent", tags: ["regular-transaction"], regular: "rent", pending: true },
  { id: "r08", at: "2025-06-12T19:00:00Z", value: "34.50", direction: "debit", category: "eating_out.takeaways", merchant: "nandos" },
  { id: "r09", at: "2025-06-15T06:00:00Z", value: "9.99", direction: "debit", category: "media_and_telecoms.tv_streaming_services", merchant: "netflix", tags: ["subscription", "regular-transaction"], regular: "netflix" },
  { id: "r10", at: "2025-05-15T06:00:00Z", value: "9.99", direction: "debit", category: "media_and_telecoms.tv_streaming_services", merchant: "netflix", tags: ["subscription", "regular-transaction"], regular: "netflix" },
  { id: "r11", at: "2025-05-25T07:00:00Z", value: "100.00", direction: "debit", category: "mortgage_and_rent.rent", tags: ["regular-transaction"], regular: "rent" },
  { id: "r12", at: "2025-04-25T07:00:00Z", value: "100.00", direction: "debit", category: "mortgage_and_rent.rent", tags: ["regular-transaction"], regular: "rent" },
  { id: "r13", at: "2025-05-20T08:00:00Z", value: "1000.00", direction: "credit", category: "income.salary", tags: ["income", "regular-transaction"], regular: "salary" },
];

function wire(row: Row): WireTransaction {
  const [l1, l2] = row.category.split(".") as [string, string];
  const accountId = row.account ?? GBP_ACCOUNT;
  const name = row.merchant && row.merchant[0]!.toUpperCase() + row.merchant.slice(1);
  return {
    transaction_id: row.id,
    account_id: accountId,
    provider: "Natwest_Sandbox",
    description: (name ?? row.category).toUpperCase(),
    suggested_description: name ?? l2,
    amount: { value: row.value, currency: accountId === EUR_ACCOUNT ? "EUR" : "GBP" },
    credit_debit_indicator: row.direction,
    status: row.pending ? "pending" : "booked",
    date_time: row.at,
    tags: [...(row.tags ?? []), ...(row.pending ? ["pending"] : [])],
    enrichments: {
      categories: { l1: { slug: l1, confidence: "0.99" }, l2: { slug: l2, confidence: "0.99" } },
      ...(row.merchant && {
        merchant: { id: `id-${row.merchant}`, slug: row.merchant, display_name: name, logo: `http://logos/${row.merchant}.svg` },
      }),
      ...(row.regular && { regularity: { frequency: "monthly", group_label: `${row.regular}label`, predicted_date_times: [] } }),
    },
  };
}

/** Newest first, as Bud lists them. */
export const FIXTURE_TRANSACTIONS: WireTransaction[] = ROWS.map(wire).sort((a, b) => b.date_time.localeCompare(a.date_time));

function matches(query: TransactionQuery, transaction: WireTransaction): boolean {
  return (
    (!query.dateFrom || transaction.date_time >= query.dateFrom) &&
    (!query.dateTo || transaction.date_time <= query.dateTo) &&
    (!query.creditDebitIndicator || transaction.credit_debit_indicator === query.creditDebitIndicator) &&
    (!query.includeTags || query.includeTags.some((tag) => transaction.tags?.includes(tag)))
  );
}

/** Offset paging over the rows; the filters the insight code sends (dates as Z date-times, direction, tags). */
export function fixtureData(transactions: WireTransaction[] = FIXTURE_TRANSACTIONS): CustomerData {
  const accounts = [account(GBP_ACCOUNT, "GBP"), account(EUR_ACCOUNT, "EUR")];
  return {
    accounts: () => accounts,
    account: (id) => accounts.find((candidate) => candidate.account_id === id),
    transactions(query, pageSize, pageToken) {
      const offset = pageToken === undefined ? 0 : Number(pageToken);
      if (!Number.isInteger(offset)) throw new InvalidPageToken();
      const rows = transactions.filter((transaction) => matches(query, transaction));
      const items = rows.slice(offset, offset + pageSize);
      return { items, ...(offset + pageSize < rows.length && { nextPageToken: String(offset + pageSize) }) };
    },
    transactionDates: () => [],
    balances: () => [],
  };
}

/** The test world whose demo customer has the fixture's data. */
export function createFixtureWorld(assetBaseUrl: string): World {
  const data = fixtureData();
  return { ...createTestWorld(assetBaseUrl), customerData: (customerId) => (customerId === TEST_CUSTOMER.customerId ? data : undefined) };
}

/** A sandbox serving the fixture world, and a GET as its customer (with optional extra headers). */
export async function startFixtureSandbox() {
  const sandbox = await startSandbox({ port: 0, today: FIXTURE_TODAY, world: { create: createFixtureWorld, assetsDir: createTestAssetsDir() } });
  const bud = await budCaller(sandbox);
  const get = (path: string, headers: Record<string, string> = {}) =>
    bud(path, { customer: { id: TEST_CUSTOMER.customerId, secret: TEST_CUSTOMER.customerSecret }, headers });
  return { sandbox, get };
}
