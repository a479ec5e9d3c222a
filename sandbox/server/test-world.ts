/**
 * A tiny hand-made World for the server's tests: one provider, one demo customer with two accounts and five
 * transactions. Small enough to reason about in assertions, and independent of the seeded generator.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { InvalidPageToken, type CustomerData, type SearchQuery, type WireAccount, type WireTransaction, type World } from "../data/world";

export const TEST_CUSTOMER = {
  customerId: "c3339af9-2426-44d4-9c4d-ddb8fd281e23",
  customerSecret: "63ae14a67e5cf8c8f7bf5376479d13e9",
  idempotentIdentifier: "demo-everyday",
};
export const TEST_TODAY = "2024-06-30";
export const CURRENT_ACCOUNT = "RxsYshVGded4JeilkXgWKdXA";
export const SAVINGS_ACCOUNT = "5bd9ecaf31fc2d5172fd89cb61b89fc6";

const gbp = (value: string) => ({ value, currency: "GBP" });
const balance = (value: string) => ({ date: "2024-06-30T00:00:00Z", amount: gbp(value), credit_debit_indicator: "credit" as const });

const ACCOUNTS: WireAccount[] = [
  {
    account_id: CURRENT_ACCOUNT,
    currency: "GBP",
    suggested_name: "My Current Account",
    account_type: "current_account",
    usage_type: "personal",
    provider: "Natwest_Sandbox",
    holders: [{ name: "David Smith", relationship: "sole" }],
    balances: { booked: balance("3552.61"), pending: balance("3552.61") },
    transaction_windows: [{ from: "2024-06-01T00:00:00Z", to: "2024-06-30T23:59:59Z" }],
  },
  {
    account_id: SAVINGS_ACCOUNT,
    currency: "GBP",
    suggested_name: "Joint Saver",
    account_type: "savings",
    usage_type: "personal",
    provider: "Natwest_Sandbox",
    holders: [{ name: "David Smith", relationship: "joint" }],
    balances: { booked: balance("1200.00") },
  },
];

const TRANSACTIONS: WireTransaction[] = [1, 2, 3, 4, 5].map((day) => ({
  transaction_id: `txn-${day}`,
  account_id: CURRENT_ACCOUNT,
  description: day === 5 ? "SALARY ACME LTD" : `TESCO STORE ${day}`,
  suggested_description: day === 5 ? "Acme Ltd" : "Tesco",
  amount: gbp(day === 5 ? "2500.00" : `${day}.50`),
  credit_debit_indicator: day === 5 ? "credit" : "debit",
  status: day === 1 ? "pending" : "booked",
  date_time: `2024-06-0${6 - day}T12:00:00Z`,
  tags: day === 5 ? ["income"] : [],
}));

function withAllBalances(account: WireAccount): WireAccount {
  const booked = account.balances?.booked;
  return booked ? { ...account, balances: { ...account.balances, all_balances: [{ ...booked, type: "interim_booked" }] } } : account;
}

/** "offset-N" tokens: enough paging for five rows. */
function offsetPage<T>(matching: T[], pageSize: number, pageToken: string | undefined): { items: T[]; nextPageToken?: string } {
  const token = /^offset-(\d+)$/.exec(pageToken ?? "offset-0");
  if (!token) throw new InvalidPageToken();
  const offset = Number(token[1]);
  const items = matching.slice(offset, offset + pageSize);
  const next = offset + pageSize < matching.length ? `offset-${offset + pageSize}` : undefined;
  return { items, ...(next !== undefined && { nextPageToken: next }) };
}

/** Same payee, same direction: the seeded world's rule, by suggested description here. */
const similarityKey = (t: WireTransaction) => `${t.suggested_description}|${t.credit_debit_indicator}`;
const mentions = (t: WireTransaction, input: string) => `${t.description} ${t.suggested_description}`.toLowerCase().includes(input.toLowerCase());

function searchMatches(t: WireTransaction, query: SearchQuery): boolean {
  const time = Date.parse(t.date_time) / 1000;
  const amount = Number(t.amount.value);
  return (
    (!query.text || mentions(t, query.text.input)) &&
    (!query.merchantName || t.suggested_description.toLowerCase() === query.merchantName.toLowerCase()) &&
    (!query.accountIds || query.accountIds.includes(t.account_id)) &&
    (!query.creditDebitIndicator || t.credit_debit_indicator === query.creditDebitIndicator) &&
    (!query.tag || !!t.tags?.includes(query.tag as never)) &&
    amount >= (query.amountMin ?? 0) &&
    amount <= (query.amountMax ?? Infinity) &&
    time >= query.from &&
    time <= query.to
  );
}

/** The test customer's data; other tests pass their own rows (newest first) and accounts. */
export function testCustomerData(rows: WireTransaction[] = TRANSACTIONS, accounts: WireAccount[] = ACCOUNTS): CustomerData {
  const find = (id: string) => rows.find((t) => t.transaction_id === id);
  return {
    accounts: (options) => accounts.map((account) => (options?.includeAllBalances ? withAllBalances(account) : account)),
    account: (accountId) => accounts.find((account) => account.account_id === accountId),
    payingAccount: ({ provider, currency }) =>
      accounts.find((account) => account.provider === provider && account.currency === currency && account.account_type === "current_account"),
    transactions(query, pageSize, pageToken) {
      const statuses = query.statuses ?? ["booked", "pending"];
      const time = (t: WireTransaction) => Date.parse(t.date_time);
      const matching = rows.filter(
        (t) =>
          (!query.accountId || t.account_id === query.accountId) &&
          (!query.creditDebitIndicator || t.credit_debit_indicator === query.creditDebitIndicator) &&
          (!query.dateFrom || time(t) >= Date.parse(query.dateFrom)) &&
          (!query.dateTo || time(t) <= Date.parse(query.dateTo)) &&
          (!query.includeTags || query.includeTags.some((tag) => t.tags?.includes(tag as never))) &&
          statuses.includes(t.status),
      );
      return offsetPage(matching, pageSize, pageToken);
    },
    transaction: find,
    similarityKey: (id) => {
      const source = find(id);
      return source && similarityKey(source);
    },
    similar: (id, limit) => {
      const source = find(id);
      return source && rows.filter((t) => similarityKey(t) === similarityKey(source)).slice(0, limit);
    },
    search(query, pageSize, pageToken) {
      const matching = rows.filter((t) => searchMatches(t, query)).map((transaction) => ({
        transaction,
        matches: query.text ? [{ type: "description" as const, content: transaction.description }] : [],
      }));
      return offsetPage(matching, pageSize, pageToken);
    },
    suggestions: (input, limit) =>
      [...new Set(rows.filter((t) => mentions(t, input)).map((t) => t.suggested_description))]
        .slice(0, limit)
        .map((value) => ({ type: "merchant_name" as const, value })),
    transactionDates: () => [
      { account_id: CURRENT_ACCOUNT, first_transaction_date: "2024-06-01T12:00:00Z", last_transaction_date: "2024-06-05T12:00:00Z" },
    ],
    balances: (accountId) =>
      accountId !== CURRENT_ACCOUNT
        ? []
        : ["100.00", "-25.50", "310.00"].map((value, index) => ({
            date: `2024-06-2${index}T23:59:59Z`,
            booked: { amount: gbp(value.replace("-", "")), credit_debit_indicator: value.startsWith("-") ? "debit" : "credit" },
            pending: { amount: gbp(value.replace("-", "")), credit_debit_indicator: value.startsWith("-") ? "debit" : "credit" },
          })),
  };
}

export function createTestWorld(assetBaseUrl: string): World {
  return {
    seed: "test",
    today: TEST_TODAY,
    providers: [
      {
        provider: "Natwest_Sandbox",
        display_name: "NatWest Sandbox",
        maintenance_window: null,
        maintenance_status: "active",
        icon: `${assetBaseUrl}/assets/providers/Natwest_Sandbox.svg`,
        regions: ["GBR"],
        mobile_only: false,
      },
    ],
    categoriesMap: [
      {
        name: "food_and_drink",
        labels: ["essential"],
        subcategories: [
          { name: "groceries", labels: ["essential"] },
          { name: "coffee", labels: ["essential"] },
        ],
      },
      { name: "income", labels: [], subcategories: [{ name: "salary", labels: [] }] },
      { name: "entertainment", labels: ["nonessential"], subcategories: [{ name: "cinema", labels: ["nonessential"] }] },
    ],
    categoriesFlat: {
      categories: ["food_and_drink", "income", "entertainment"],
      subcategories: ["groceries", "coffee", "salary", "cinema"],
    },
    demoCustomers: [{ ...TEST_CUSTOMER, label: "Test (everyday)", createdAt: "2024-01-01T09:00:00Z", providers: ["Natwest_Sandbox"] }],
    // Only the demo customer has data, and only while its bank is connected.
    customerData: (customerId, connections) =>
      customerId === TEST_CUSTOMER.customerId && (connections === undefined || connections.length > 0) ? testCustomerData() : undefined,
  };
}

/** A throw-away assets directory holding one provider logo. */
export function createTestAssetsDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "sandbox-assets-"));
  mkdirSync(path.join(dir, "providers"));
  writeFileSync(path.join(dir, "providers", "Natwest_Sandbox.svg"), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}
