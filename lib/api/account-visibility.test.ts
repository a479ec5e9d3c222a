import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute, ORIGIN } from "@/lib/api/testing/call";
import { discoverRoutes, type DiscoveredRoute, type HttpMethod } from "@/lib/api/testing/routes";
import { signInAs } from "@/lib/api/testing/session";
import { startRouteWorld, WORLD_START_TIMEOUT_MS, type RouteWorld, type WorldUser } from "@/lib/api/testing/world";
import type { Account } from "@/lib/domain";
import { hiddenAccountIds } from "@/lib/hidden-accounts";
import type { CategoryFlowsResult } from "@/lib/schemas/insights";

/*
 * Hiding an account from totals against the real stand-in: the route's refusals, and the counting rule asking Bud
 * for the visible accounts only.
 */

vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<object>()),
  getCurrentUser: (await import("@/lib/api/testing/session")).fakeCurrentUser,
}));

let world: RouteWorld;
let routes: DiscoveredRoute[];
let accounts: Account[];

async function call(user: WorldUser, pattern: string, method: HttpMethod, { segments = {}, body, query }: { segments?: Record<string, string[]>; body?: string; query?: string } = {}) {
  signInAs(user.user);
  const route = routes.find((candidate) => candidate.pattern === pattern)!;
  return callRoute({ route, method, segments, query, headers: { origin: ORIGIN, "content-type": "application/json" }, body });
}

const hide = (user: WorldUser, accountId: string, hidden: boolean) =>
  call(user, "/api/accounts/[accountId]/visibility", "PUT", { segments: { accountId: [accountId] }, body: JSON.stringify({ hiddenFromTotals: hidden }) });

const flows = async (query: string) => ((await call(world.a, "/api/insights/categories", "GET", { query })).json as CategoryFlowsResult).flows;

beforeAll(async () => {
  world = await startRouteWorld();
  routes = await discoverRoutes();
  accounts = (await call(world.a, "/api/accounts", "GET")).json as Account[];
  expect(accounts.length).toBeGreaterThan(1);
}, WORLD_START_TIMEOUT_MS);

afterAll(async () => {
  signInAs(null);
  await world?.close();
});

describe("PUT /api/accounts/[accountId]/visibility", () => {
  it.each([["not JSON", "hide it"], ["no flag", "{}"], ["a string flag", '{"hiddenFromTotals":"yes"}']])("refuses %s with a 400", async (_, body) => {
    const answer = await call(world.a, "/api/accounts/[accountId]/visibility", "PUT", { segments: { accountId: [accounts[0]!.id] }, body });
    expect(answer.status).toBe(400);
    expect(await hiddenAccountIds(world.a.user.id)).toEqual(new Set());
  });

  it("answers another user's account with 404 and stores nothing", async () => {
    const answer = await hide(world.b, accounts[0]!.id, true);
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ error: { code: "not_found", message: expect.any(String) } });
    expect(await hiddenAccountIds(world.b.user.id)).toEqual(new Set());
    expect(await hiddenAccountIds(world.a.user.id)).toEqual(new Set());
  });

  it("marks the account in the lists and leaves it out of every total until shown again", async () => {
    const [kept, ...others] = accounts;
    const everything = await flows("period=6m");
    for (const other of others) expect((await hide(world.a, other.id, true)).json).toMatchObject({ id: other.id, hiddenFromTotals: true });

    const listed = (await call(world.a, "/api/accounts", "GET")).json as Account[];
    expect(listed.map((account) => [account.id, account.hiddenFromTotals])).toEqual(accounts.map((account) => [account.id, account.id !== kept!.id]));
    // The counting rule asks Bud about the account still counted, exactly as that account's own filter does.
    expect(await flows("period=6m")).toEqual(await flows(`period=6m&account_id=${kept!.id}`));
    expect(await flows("period=6m")).not.toEqual(everything);

    await hide(world.a, kept!.id, true);
    expect(await flows("period=6m")).toEqual([]);

    for (const account of accounts) await hide(world.a, account.id, false);
    expect(await flows("period=6m")).toEqual(everything);
  });
});
