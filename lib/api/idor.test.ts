import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute, ORIGIN, type RouteAnswer } from "@/lib/api/testing/call";
import { discoverRoutes, paramNames, routeProblems, type DiscoveredRoute, type HttpMethod } from "@/lib/api/testing/routes";
import { signInAs } from "@/lib/api/testing/session";
import { startRouteWorld, WORLD_START_TIMEOUT_MS, type RouteWorld, type WorldUser } from "@/lib/api/testing/world";
import { ownIdFinders } from "@/lib/api/testing/own-ids";
import { expectNothingOf, expectOnlyCustomer, smuggledIdentity } from "@/lib/api/testing/upstream-checks";
import { budCustomers, paymentIntents, users } from "@/lib/db/schema";
import type { Account, Page, Transaction } from "@/lib/domain";
import type { RequestLogEntry } from "@/sandbox/server/start";

/*
 * IDOR, for every route handler under app/api, found on disk: user B, signed in, calls each exported method with
 * user A's ids in every path param, and tries to pass A's customer off as their own in headers, query and body.
 * The real route handlers, data layer, database and Bud client run against the real stand-in; only the session
 * is faked, because it is the one input the routes may trust. A new route is covered the day it is added: if it
 * has a param this file cannot fill with A's ids, or declares no access, the walk fails and says what to add.
 */

vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<object>()),
  getCurrentUser: (await import("@/lib/api/testing/session")).fakeCurrentUser,
}));

let world: RouteWorld;
let routes: DiscoveredRoute[];
let A: WorldUser;
let B: WorldUser;

interface Answer extends RouteAnswer {
  /** The stand-in's log of the requests this call caused. */
  upstream: RequestLogEntry[];
}

interface Ask {
  query?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

const routeAt = (pattern: string) => routes.find((route) => route.pattern === pattern)!;

async function ask(
  user: WorldUser | null,
  route: DiscoveredRoute,
  method: HttpMethod,
  segments: Record<string, string[]>,
  { query, headers = {}, body }: Ask = {},
): Promise<Answer> {
  signInAs(user?.user ?? null);
  const logged = world.sandbox.stats.requests.length;
  const hasBody = method !== "GET" && method !== "HEAD";
  const answer = await callRoute({
    route,
    method,
    segments,
    query,
    // Our own origin, so the origin check passes and the route itself has to decide.
    headers: { origin: ORIGIN, ...(hasBody ? { "content-type": "application/json" } : {}), ...headers },
    body: hasBody ? JSON.stringify(body ?? {}) : undefined,
  });
  return { ...answer, upstream: world.sandbox.stats.requests.slice(logged) };
}

const get = (user: WorldUser | null, pattern: string, segments: Record<string, string[]> = {}, extra: Ask = {}) =>
  ask(user, routeAt(pattern), "GET", segments, extra);

const OWN_IDS = ownIdFinders({
  get: (owner, pattern, extra = {}) => get(owner, pattern, {}, extra),
  post: (owner, pattern, segments, body) => ask(owner, routeAt(pattern), "POST", segments, { body }),
});

/** Sample values for the params of routes that take no session (next-auth; the /api catch-all); unknown names fail the walk too. */
const PUBLIC_PARAM_SAMPLES: Record<string, string[]> = { nextauth: ["session"], path: ["no-such-endpoint"] };

/** A's ids by param name, filled in beforeAll. */
const aIds: Record<string, string[]> = {};

const userRoutes = () => routes.filter((route) => route.methods.some((method) => method.access === "user"));
const userMethods = (route: DiscoveredRoute) => route.methods.filter((method) => method.access === "user");

/** The i-th combination of A's ids for a route's params (each param cycles through A's ids of its kind). */
function aSegments(route: DiscoveredRoute, i: number): Record<string, string[]> {
  return Object.fromEntries(paramNames(route).map((name) => [name, [aIds[name]![i % aIds[name]!.length]!]]));
}

/** How many calls it takes to present each of A's ids at least once. */
const combinations = (route: DiscoveredRoute) => Math.max(1, ...paramNames(route).map((name) => aIds[name]!.length));

/** Each attempt of B's: plainly, then with A's customer smuggled in. */
const attempts = (): [string, Ask][] => [["plain", {}], ["smuggled", smuggledIdentity(A)]];

/** A's payments as Bud knows them (Bud's own payment ids), filled in beforeAll. */
let aBudPaymentIds: string[] = [];

/** Strings that must never appear in an answer to B: A's customer, secret, user id, and every id of A's. */
const aSecrets = () => [A.customer.customerId, A.customer.customerSecret, A.user.id, ...Object.values(aIds).flat(), ...aBudPaymentIds];

const expectNothingOfA = (answer: Answer, label: string) =>
  expectNothingOf(answer, { secrets: aSecrets(), customerId: A.customer.customerId }, label);

function expectNotFound(answer: Answer, label: string): void {
  expect(answer.status, label).toBe(404);
  expect(answer.json, label).toEqual({ error: { code: "not_found", message: expect.any(String) } });
  expectOnlyCustomer(answer.upstream, B.customer.customerId, label);
}

/** A's view of every GET user route, to prove B's attempts changed nothing of A's. */
async function aView(): Promise<string[]> {
  const view: string[] = [];
  for (const route of userRoutes()) {
    if (!userMethods(route).some((method) => method.method === "GET")) continue;
    for (let i = 0; i < combinations(route); i++) {
      // A's sync times may move while A's own refresh (the one the walker started for taskId) settles; that is A's
      // doing, not B's, so the comparison leaves them out.
      view.push((await ask(A, route, "GET", aSegments(route, i))).text.replace(/"lastSyncedAt":"[^"]*"/g, '"lastSyncedAt":"…"'));
    }
  }
  return view;
}

let aViewBefore: string[];

beforeAll(async () => {
  world = await startRouteWorld();
  ({ a: A, b: B } = world);
  routes = await discoverRoutes();
  for (const [name, own] of Object.entries(OWN_IDS)) {
    aIds[name] = await own(A);
    // Without this the 404s below would prove nothing.
    expect(aIds[name]!.length, name).toBeGreaterThan(0);
    expect((await own(B)).filter((id) => aIds[name]!.includes(id)), name).toEqual([]);
  }
  const aPayments = await world.testDb.db.select().from(paymentIntents).where(eq(paymentIntents.userId, A.user.id));
  aBudPaymentIds = aPayments.flatMap((payment) => (payment.budPaymentId ? [payment.budPaymentId] : []));
  aViewBefore = await aView();
}, WORLD_START_TIMEOUT_MS);

afterAll(async () => {
  signInAs(null);
  await world?.close();
});

describe("the route walker", () => {
  it("finds the app's routes, each method declaring who may call it", () => {
    expect(routes.map((route) => route.pattern)).toEqual(
      expect.arrayContaining(["/api/accounts", "/api/accounts/[accountId]", "/api/transactions", "/api/users"]),
    );
    expect(routes.flatMap(routeProblems)).toEqual([]);
  });

  it("knows how to get A's ids for every param of a user route, and a sample for every public one", () => {
    const unknown = routes.flatMap((route) =>
      paramNames(route)
        .filter((name) => (userMethods(route).length > 0 ? !(name in OWN_IDS) : !(name in PUBLIC_PARAM_SAMPLES)))
        .map((name) => `${route.file}: [${name}]`),
    );
    expect(unknown, "add these param names to OWN_IDS (user routes) or PUBLIC_PARAM_SAMPLES").toEqual([]);
  });
});

describe("user B asking for user A's data", () => {
  it("control: as A, every GET of a user route answers 200 with A's ids, and Bud only hears A's customer", async () => {
    for (const route of userRoutes().filter((route) => userMethods(route).some((m) => m.method === "GET"))) {
      for (let i = 0; i < combinations(route); i++) {
        const answer = await ask(A, route, "GET", aSegments(route, i));
        const label = `${route.pattern} ${JSON.stringify(aSegments(route, i))}`;
        expect(answer.status, label).toBe(200);
        expectOnlyCustomer(answer.upstream, A.customer.customerId, label);
      }
    }
  });

  it("as A, an account and its transactions are that account's", async () => {
    for (const id of aIds.accountId!) {
      const account = await get(A, "/api/accounts/[accountId]", { accountId: [id] });
      expect((account.json as Account).id).toBe(id);
      const transactions = await get(A, "/api/accounts/[accountId]/transactions", { accountId: [id] });
      for (const transaction of (transactions.json as Page<Transaction>).items) expect(transaction.accountId).toBe(id);
    }
  });

  it("as B, every method of every user route with A's ids is refused, and Bud only hears B's customer", async () => {
    for (const route of userRoutes().filter((route) => paramNames(route).length > 0)) {
      for (const { method } of userMethods(route)) {
        for (let i = 0; i < combinations(route); i++) {
          for (const [kind, extra] of attempts()) {
            const answer = await ask(B, route, method, aSegments(route, i), extra);
            const label = `${method} ${route.pattern} ${JSON.stringify(aSegments(route, i))} (${kind})`;
            expectNothingOfA(answer, label);
            if (method === "GET" || method === "HEAD") {
              expectNotFound(answer, label);
            } else {
              // A write without a valid body may be refused before the ownership check; it must never succeed.
              expect([400, 404], label).toContain(answer.status);
              expect(answer.json, label).toEqual({ error: expect.objectContaining({ code: expect.any(String) }) });
            }
          }
        }
      }
    }
  });

  it("as B, every user route without params holds none of A's data, whatever is smuggled", async () => {
    for (const route of userRoutes().filter((route) => paramNames(route).length === 0)) {
      for (const { method } of userMethods(route)) {
        for (const [kind, extra] of attempts()) {
          const answer = await ask(B, route, method, {}, extra);
          const label = `${method} ${route.pattern} (${kind})`;
          expectNothingOfA(answer, label);
          if (method === "GET") {
            expect(answer.status, label).toBe(200);
            expectOnlyCustomer(answer.upstream, B.customer.customerId, label);
          } else {
            expect(answer.status, label).toBeLessThan(500);
          }
        }
      }
    }
  });

  it("as B, the list routes hold exactly B's accounts and transactions, even asked for A's account", async () => {
    const bAccountIds = ((await get(B, "/api/accounts")).json as Account[]).map((account) => account.id);
    const { query, headers } = smuggledIdentity(A);
    const accounts = await get(B, "/api/accounts", {}, { query, headers });
    expect((accounts.json as Account[]).map((account) => account.id).toSorted()).toEqual(bAccountIds.toSorted());
    expectOnlyCustomer(accounts.upstream, B.customer.customerId, "/api/accounts");

    const transactions = await get(B, "/api/transactions", {}, { query, headers });
    expect(transactions.status).toBe(200);
    const accountIds = new Set((transactions.json as Page<Transaction>).items.map((transaction) => transaction.accountId));
    expect(accountIds.size).toBeGreaterThan(0);
    for (const id of accountIds) expect(bAccountIds).toContain(id);
    expectOnlyCustomer(transactions.upstream, B.customer.customerId, "/api/transactions");

    // account_id filters the list: A's account is not one of B's, so it is refused as unknown, never widening it.
    const filtered = await get(B, "/api/transactions", {}, { query: `${query}&account_id=${aIds.accountId![0]}`, headers });
    expect(filtered.status).toBe(400);
    expect(filtered.json).toEqual({
      error: { code: "invalid_input", message: expect.any(String), fields: { account_id: expect.any(String) } },
    });
    expectOnlyCustomer(filtered.upstream, B.customer.customerId, "/api/transactions?account_id");
  });

  it("as B, a page token issued to A is refused, having been presented as B's", async () => {
    const first = await get(A, "/api/transactions", {}, { query: "page_size=1" });
    const token = (first.json as Page<Transaction>).nextPageToken;
    expect(token).toEqual(expect.any(String));
    // Bud binds page tokens to the customer they were issued to, so B's customer cannot continue A's listing.
    const answer = await get(B, "/api/transactions", {}, { query: `page_size=1&page_token=${token}` });
    expect(answer.status).toBe(400);
    expect(answer.json).toEqual({ error: { code: "invalid_request", message: expect.any(String) } });
    expectOnlyCustomer(answer.upstream, B.customer.customerId, "page token");
  });

  it("signed out, every method of every user route is a 401 and nothing reaches Bud", async () => {
    for (const route of userRoutes()) {
      for (const { method } of userMethods(route)) {
        const { headers } = smuggledIdentity(A);
        const answer = await ask(null, route, method, aSegments(route, 0), { headers });
        const label = `${method} ${route.pattern}`;
        expect(answer.status, label).toBe(401);
        expect(answer.json, label).toEqual({ error: { code: "unauthenticated", message: expect.any(String) } });
        expect(answer.upstream, label).toEqual([]);
      }
    }
  });

  it("routes that take no session never answer with A's data or ask Bud about A's customer", async () => {
    for (const route of routes) {
      for (const { method } of route.methods.filter((method) => method.access !== "user")) {
        const segments = Object.fromEntries(paramNames(route).map((name) => [name, PUBLIC_PARAM_SAMPLES[name]!]));
        const answer = await ask(B, route, method, segments, smuggledIdentity(A));
        expectNothingOfA(answer, `${method} ${route.pattern}`);
      }
    }
  });

  it("after all of B's attempts, A's data reads exactly as before", async () => {
    expect(await aView()).toEqual(aViewBefore);
  });
});

describe("sign-up naming someone else's customer", () => {
  it("links a fresh Bud customer, whatever the body, headers and query say", async () => {
    const { query, headers, body } = smuggledIdentity(A);
    const logged = world.sandbox.stats.requests.length;
    const answer = await ask(null, routeAt("/api/users"), "POST", {}, {
      query,
      headers,
      body: { ...body, name: "User C", email: "c@example.com", password: "correct horse battery staple" },
    });
    expect(answer.status).toBe(201);

    const [link] = await world.testDb.db
      .select({ customerId: budCustomers.customerId })
      .from(budCustomers)
      .innerJoin(users, eq(users.id, budCustomers.userId))
      .where(eq(users.email, "c@example.com"));
    expect(link?.customerId).toEqual(expect.any(String));
    expect([A.customer.customerId, B.customer.customerId]).not.toContain(link?.customerId);
    expect(world.sandbox.stats.requests.slice(logged).map((entry) => entry.customerId)).not.toContain(A.customer.customerId);
  });
});
