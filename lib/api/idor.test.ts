import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as accountsGET } from "@/app/api/accounts/route";
import { GET as accountGET } from "@/app/api/accounts/[accountId]/route";
import { GET as accountTransactionsGET } from "@/app/api/accounts/[accountId]/transactions/route";
import { GET as transactionsGET } from "@/app/api/transactions/route";
import { POST as usersPOST } from "@/app/api/users/route";
import type { CurrentUser } from "@/lib/auth/session";
import { getBudClient } from "@/lib/bud/client";
import { linkRow } from "@/lib/customer-link";
import { budCustomers, users } from "@/lib/db/schema";
import { createTestDb, insertTestUser, type TestDb } from "@/lib/db/testing";
import type { Account, Page, Transaction } from "@/lib/domain";
import { resetEnvCacheForTests } from "@/lib/env";
import { configureLog } from "@/lib/log";
import { DEMO_CUSTOMER, EURO_CUSTOMER } from "@/sandbox/data/demo-customers";
import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "@/sandbox/server/clients";
import { startSandbox, type RequestLogEntry, type RunningSandbox } from "@/sandbox/server/start";

/*
 * IDOR: user B, signed in, asks for user A's account ids through every route, and tries to pass A's customer off
 * as their own in headers, query and body. The real route handlers, data layer, database and Bud client run
 * against the real stand-in; only the session is faked, because it is the one input the routes may trust.
 */

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));

const A_CUSTOMER = DEMO_CUSTOMER.customerId;
const B_CUSTOMER = EURO_CUSTOMER.customerId;

/** Everything a request could carry to name A's customer; none of it may be honoured. */
const SMUGGLED_HEADERS = { "X-Customer-Id": A_CUSTOMER, "X-Customer-Secret": DEMO_CUSTOMER.customerSecret };
const SMUGGLED_QUERY = `customer_id=${A_CUSTOMER}&customer_secret=${DEMO_CUSTOMER.customerSecret}`;

const ENV_KEYS = ["BUD_API_URL", "BUD_CLIENT_ID", "BUD_CLIENT_SECRET", "BUDGIE_ENCRYPTION_KEY", "NEXTAUTH_SECRET"] as const;
const savedEnv = Object.fromEntries(ENV_KEYS.map((key) => [key, process.env[key]]));

let sandbox: RunningSandbox;
let testDb: TestDb;
let userA: CurrentUser;
let userB: CurrentUser;
let aAccountIds: string[];
let bAccountIds: string[];

interface Answer {
  status: number;
  body: unknown;
  /** The stand-in's log of the requests this call caused. */
  upstream: RequestLogEntry[];
}

const params = <P extends Record<string, string>>(value: P) => ({ params: Promise.resolve(value) });

/** Next's router, reduced to our GET routes: the handlers are the real exports. */
function route(request: NextRequest): Promise<Response> {
  const path = request.nextUrl.pathname;
  const account = /^\/api\/accounts\/([^/]+)(\/transactions)?$/.exec(path);
  if (account?.[1]) {
    const handler = account[2] ? accountTransactionsGET : accountGET;
    return handler(request, params({ accountId: decodeURIComponent(account[1]) }));
  }
  if (path === "/api/accounts") return accountsGET(request, params({}));
  if (path === "/api/transactions") return transactionsGET(request, params({}));
  throw new Error(`No route for ${path}`);
}

async function getAs(user: CurrentUser | null, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  session.user = user;
  const logged = sandbox.stats.requests.length;
  const response = await route(new NextRequest(new URL(path, "http://localhost"), { headers }));
  return { status: response.status, body: await response.json(), upstream: sandbox.stats.requests.slice(logged) };
}

/** Bud was asked, and only ever about `customerId`. */
function expectOnlyCustomer(upstream: RequestLogEntry[], customerId: string): void {
  expect(upstream.length).toBeGreaterThan(0);
  expect(new Set(upstream.map((entry) => entry.customerId))).toEqual(new Set([customerId]));
}

function expectNotFound(answer: Answer, path: string): void {
  expect(answer.status, path).toBe(404);
  expect(answer.body, path).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  expectOnlyCustomer(answer.upstream, B_CUSTOMER);
}

/** B's own accounts and nothing of A's. */
function expectBAccounts(answer: Answer): void {
  expect(answer.status).toBe(200);
  const ids = (answer.body as Account[]).map((account) => account.id);
  expect(ids.toSorted()).toEqual(bAccountIds.toSorted());
  expectOnlyCustomer(answer.upstream, B_CUSTOMER);
}

/** A non-empty page of B's transactions and none on A's accounts. */
function expectBTransactions(answer: Answer): void {
  expect(answer.status).toBe(200);
  const accountIds = new Set((answer.body as Page<Transaction>).items.map((transaction) => transaction.accountId));
  expect(accountIds.size).toBeGreaterThan(0);
  for (const id of accountIds) expect(bAccountIds).toContain(id);
  expectOnlyCustomer(answer.upstream, B_CUSTOMER);
}

async function accountIdsOf(user: CurrentUser, customerId: string): Promise<string[]> {
  const answer = await getAs(user, "/api/accounts");
  expect(answer.status).toBe(200);
  expectOnlyCustomer(answer.upstream, customerId);
  return (answer.body as Account[]).map((account) => account.id);
}

beforeAll(async () => {
  configureLog({ level: "silent" });
  sandbox = await startSandbox({ port: 0 });
  // Config and the Bud client are cached per process: set the environment first, then drop both caches.
  Object.assign(process.env, {
    BUD_API_URL: sandbox.url,
    BUD_CLIENT_ID: LOCAL_CLIENT_ID,
    BUD_CLIENT_SECRET: LOCAL_CLIENT_SECRET,
    BUDGIE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
  });
  resetEnvCacheForTests();
  delete (globalThis as { budgieBudClient?: unknown }).budgieBudClient;
  // The process-wide client's token request names no customer; take it now so each call's log holds only its own.
  await getBudClient().tokens.getToken();
  testDb = await createTestDb("pglite");

  const a = await insertTestUser(testDb.db, { email: "a@example.com", name: "User A" });
  const b = await insertTestUser(testDb.db, { email: "b@example.com", name: "User B" });
  await testDb.db.insert(budCustomers).values([linkRow(a.id, DEMO_CUSTOMER), linkRow(b.id, EURO_CUSTOMER)]);
  userA = { id: a.id, email: a.email, name: a.name };
  userB = { id: b.id, email: b.email, name: b.name };

  aAccountIds = await accountIdsOf(userA, A_CUSTOMER);
  bAccountIds = await accountIdsOf(userB, B_CUSTOMER);
  // Without this the 404s below would prove nothing.
  expect(aAccountIds.length).toBeGreaterThan(0);
  expect(bAccountIds.length).toBeGreaterThan(0);
  expect(aAccountIds.filter((id) => bAccountIds.includes(id))).toEqual([]);
});

afterAll(async () => {
  session.user = null;
  await testDb?.close();
  await sandbox?.close();
  for (const key of ENV_KEYS) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
  resetEnvCacheForTests();
  delete (globalThis as { budgieBudClient?: unknown }).budgieBudClient;
  configureLog({ level: "info" });
});

describe("user B asking for user A's data", () => {
  it("control: as A, each of A's accounts and its transactions answer 200", async () => {
    for (const id of aAccountIds) {
      const account = await getAs(userA, `/api/accounts/${id}`);
      expect(account.status, id).toBe(200);
      expect((account.body as Account).id).toBe(id);
      expectOnlyCustomer(account.upstream, A_CUSTOMER);

      const transactions = await getAs(userA, `/api/accounts/${id}/transactions`);
      expect(transactions.status, id).toBe(200);
      for (const transaction of (transactions.body as Page<Transaction>).items) expect(transaction.accountId).toBe(id);
      expectOnlyCustomer(transactions.upstream, A_CUSTOMER);
    }
  });

  it("as B, each of A's account ids is a 404 on both account routes, and Bud only hears B's customer", async () => {
    for (const id of aAccountIds) {
      expectNotFound(await getAs(userB, `/api/accounts/${id}`), `/api/accounts/${id}`);
      expectNotFound(await getAs(userB, `/api/accounts/${id}/transactions`), `/api/accounts/${id}/transactions`);
    }
  });

  it("as B, the list routes hold only B's accounts and transactions", async () => {
    expectBAccounts(await getAs(userB, "/api/accounts"));
    expectBTransactions(await getAs(userB, "/api/transactions"));
  });

  it("as B, A's customer smuggled in headers and query is ignored on every route", async () => {
    expectBAccounts(await getAs(userB, `/api/accounts?${SMUGGLED_QUERY}`, SMUGGLED_HEADERS));
    // account_id is not a filter of this route: it must not widen or redirect the list either.
    const transactions = `/api/transactions?${SMUGGLED_QUERY}&account_id=${aAccountIds[0]}`;
    expectBTransactions(await getAs(userB, transactions, SMUGGLED_HEADERS));
    for (const id of aAccountIds) {
      for (const path of [`/api/accounts/${id}`, `/api/accounts/${id}/transactions`]) {
        expectNotFound(await getAs(userB, `${path}?${SMUGGLED_QUERY}`, SMUGGLED_HEADERS), path);
      }
    }
  });

  it("as B, a page token issued to A is refused, having been presented as B's", async () => {
    const first = await getAs(userA, "/api/transactions?page_size=1");
    const token = (first.body as Page<Transaction>).nextPageToken;
    expect(token).toEqual(expect.any(String));
    // Bud binds page tokens to the customer they were issued to, so B's customer cannot continue A's listing.
    const answer = await getAs(userB, `/api/transactions?page_size=1&page_token=${token}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { code: "invalid_request", message: expect.any(String) } });
    expectOnlyCustomer(answer.upstream, B_CUSTOMER);
  });

  it("signed out, every data route is a 401 and nothing reaches Bud", async () => {
    const id = aAccountIds[0];
    for (const path of ["/api/accounts", "/api/transactions", `/api/accounts/${id}`, `/api/accounts/${id}/transactions`]) {
      const answer = await getAs(null, path, SMUGGLED_HEADERS);
      expect(answer.status, path).toBe(401);
      expect(answer.body, path).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
      expect(answer.upstream, path).toEqual([]);
    }
  });
});

describe("sign-up naming someone else's customer", () => {
  it("links a fresh Bud customer, whatever the body, headers and query say", async () => {
    const logged = sandbox.stats.requests.length;
    const response = await usersPOST(
      new NextRequest(`http://localhost/api/users?${SMUGGLED_QUERY}`, {
        method: "POST",
        headers: { origin: "http://localhost", "content-type": "application/json", ...SMUGGLED_HEADERS },
        body: JSON.stringify({
          name: "User C",
          email: "c@example.com",
          password: "correct horse battery staple",
          customer_id: A_CUSTOMER,
          customerId: A_CUSTOMER,
          customer_secret: DEMO_CUSTOMER.customerSecret,
        }),
      }),
      params({}),
    );
    expect(response.status).toBe(201);

    const [link] = await testDb.db
      .select({ customerId: budCustomers.customerId })
      .from(budCustomers)
      .innerJoin(users, eq(users.id, budCustomers.userId))
      .where(eq(users.email, "c@example.com"));
    expect(link?.customerId).toEqual(expect.any(String));
    expect([A_CUSTOMER, B_CUSTOMER]).not.toContain(link?.customerId);
    expect(sandbox.stats.requests.slice(logged).map((entry) => entry.customerId)).not.toContain(A_CUSTOMER);
  });
});
