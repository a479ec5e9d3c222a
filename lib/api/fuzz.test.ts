import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { callRoute, ORIGIN, type RouteAnswer } from "@/lib/api/testing/call";
import { discoverRoutes, paramNames, type DiscoveredRoute, type HttpMethod, type RouteMethod } from "@/lib/api/testing/routes";
import { signInAs } from "@/lib/api/testing/session";
import { startRouteWorld, WORLD_START_TIMEOUT_MS, type RouteWorld } from "@/lib/api/testing/world";
import type { Account } from "@/lib/domain";

/*
 * Every route handler found under app/api, fed random paths (malformed percent-encoding included), query strings
 * and bodies (JSON and not, huge, NULs, control characters, markup), through the proxy as Next would: never a
 * 5xx, always our one error shape on a 4xx (except a third-party protocol such as next-auth's), and no promise
 * left to reject unhandled. Real handlers, data layer and Bud client against the real stand-in.
 */

vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<object>()),
  getCurrentUser: (await import("@/lib/api/testing/session")).fakeCurrentUser,
}));

const RUNS = 300;

const ErrorShape = z.strictObject({
  error: z.strictObject({ code: z.string().min(1), message: z.string().min(1), fields: z.record(z.string(), z.string()).optional() }),
});

let world: RouteWorld;
let routes: DiscoveredRoute[];
const knownIds: string[] = [];
/** Unhandled rejections seen during the run, with the case that was running (a late one may name a later case). */
const rejections: string[] = [];
let running = "";
const onRejection = (reason: unknown) => rejections.push(`${reason instanceof Error ? reason.name : String(reason)} during ${running}`);

beforeAll(async () => {
  world = await startRouteWorld();
  routes = await discoverRoutes();
  // Real ids of both users, so paths also name accounts that exist: B's own, and A's that B must not see.
  const accounts = routes.find((route) => route.pattern === "/api/accounts")!;
  for (const { user } of [world.a, world.b]) {
    signInAs(user);
    const answer = await callRoute({ route: accounts, method: "GET", segments: {} });
    knownIds.push(...(answer.json as Account[]).map((account) => account.id));
  }
  process.on("unhandledRejection", onRejection);
}, WORLD_START_TIMEOUT_MS);

afterAll(async () => {
  process.off("unhandledRejection", onRejection);
  signInAs(null);
  await world?.close();
});

const NASTY = ["\u0000", "\u0007", "\u001b[31m", "\r\n", "\u0085", "\u202e", "\ud800", "<script>alert(1)</script>", "'; drop table users; --", "../../etc/passwd", "{{7*7}}", "%00", "😀"];

/** Text that is mostly ordinary, sometimes hostile, occasionally huge. */
const text = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...NASTY)), { maxLength: 6 }).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.integer({ min: 10_000, max: 300_000 }).map((n) => "a".repeat(n)) },
);

/** Percent-encodes as a browser would; lone surrogates (which cannot be encoded) become U+FFFD, as browsers do. */
const encode = (value: string) => encodeURIComponent(value.replace(/[\ud800-\udfff]/gu, "\ufffd"));

/** A raw path segment: malformed or odd percent-encoding, someone's real id, or anything encoded. */
function segmentValue(): fc.Arbitrary<string> {
  return fc.oneof(
    // Not "." or "..": URL parsing resolves dot segments before any router sees them.
    fc.constantFrom("%ff", "%zz", "%", "%E0%A4%A", "%C0%AF", "%00", "%2F", "%25", "a%", "%%41", "..."),
    fc.constantFrom(...knownIds),
    text.filter((value) => value.length > 0 && value !== "." && value !== "..").map(encode),
    fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom("%", "%f", "%g0", "%ff")).map(([a, b]) => `${encode(a)}${b}`),
  );
}

const queryKey = fc.oneof(fc.constantFrom("page_size", "page_token", "customer_id", "account_id", "from", "to", "q", "__proto__"), fc.string({ maxLength: 12 }));
const queryValue = fc.oneof(fc.constantFrom("abc", "-1", "0", "1", "50", "200", "201", "1e3", "NaN", "", " ", "0x10", "9".repeat(400)), text);

/** A query string: random pairs, properly encoded, sometimes with malformed encoding tacked on. */
const query = fc
  .tuple(fc.array(fc.tuple(queryKey, queryValue), { maxLength: 4 }), fc.constantFrom("", "&%zz=%", "&a=%ff", "&%"))
  .map(([pairs, raw]) => `${new URLSearchParams(pairs).toString()}${raw}`);

const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.record({ name: text, email: fc.oneof(text, fc.emailAddress()), password: text }, { requiredKeys: [] }).map((value) => JSON.stringify(value)),
  fc.record({ name: text, email: fc.emailAddress(), password: fc.constant("correct horse battery staple") }).map((value) => JSON.stringify(value)),
);
const body = fc.oneof(jsonBody, text, fc.constantFrom("", "{", "[1,", "null", "\u0000{}", "{\"a\":1}garbage"));

const contentType = fc.constantFrom("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", undefined);
const origin = fc.constantFrom(ORIGIN, ORIGIN, undefined, "https://evil.example");

interface Case {
  route: DiscoveredRoute;
  method: RouteMethod;
  segments: Record<string, string[]>;
  query: string;
  headers: Record<string, string>;
  body: string | undefined;
  signedIn: boolean;
}

const hasBody = (method: HttpMethod) => method !== "GET" && method !== "HEAD";

function caseFor(route: DiscoveredRoute): fc.Arbitrary<Case> {
  const segments = fc.record(
    Object.fromEntries(
      paramNames(route).map((name) => {
        const segment = route.segments.find((s) => s.kind !== "static" && s.name === name)!;
        return [name, segment.kind === "catch-all" ? fc.array(segmentValue(), { minLength: 1, maxLength: 3 }) : segmentValue().map((v) => [v])];
      }),
    ),
  );
  return fc.record({
    route: fc.constant(route),
    method: fc.constantFrom(...route.methods),
    segments,
    query,
    headers: fc.tuple(contentType, origin).map(([type, from]) => ({ ...(type ? { "content-type": type } : {}), ...(from ? { origin: from } : {}) })),
    body,
    signedIn: fc.boolean(),
  }).map((value) => ({ ...value, body: hasBody(value.method.method) ? value.body : undefined }));
}

/** Lets promises that nothing awaited finish (they wait on the stand-in) and reject where we can see them. */
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function describeCase(value: Case): string {
  const path = `${value.route.pattern} ${JSON.stringify(value.segments).slice(0, 200)}`;
  return `${value.method.method} ${path} ?${value.query.slice(0, 200)} body=${JSON.stringify(value.body?.slice(0, 200))} signedIn=${value.signedIn}`;
}

function check(value: Case, answer: RouteAnswer): void {
  const label = describeCase(value);
  expect(answer.status, label).toBeLessThan(500);
  if (answer.status >= 400 && value.method.access !== "third-party") {
    expect(answer.contentType, label).toContain("application/json");
    expect(ErrorShape.safeParse(answer.json).success, `${label}: ${answer.text.slice(0, 300)}`).toBe(true);
  }
}

describe("fuzzing every route handler", () => {
  it(`answers ${RUNS} random requests without a 5xx, in the one error shape, leaving no promise unhandled`, async () => {
    const before = rejections.length;
    await fc.assert(
      fc.asyncProperty(fc.oneof(...routes.map(caseFor)), async (value) => {
        signInAs(value.signedIn ? world.b.user : null);
        running = describeCase(value);
        const answer = await callRoute({
          route: value.route,
          method: value.method.method,
          segments: value.segments,
          query: value.query,
          headers: value.headers,
          body: value.body,
        });
        check(value, answer);
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: 40_000 },
    );
    await settle(1_000);
    expect(rejections.slice(before)).toEqual([]);
  }, 90_000);

  it("knows the cases that once broke: a missing account with a bad page size, and malformed encodings", async () => {
    const before = rejections.length;
    signInAs(world.b.user);
    const transactions = routes.find((route) => route.pattern === "/api/accounts/[accountId]/transactions")!;
    const cases: [Record<string, string[]>, string][] = [
      [{ accountId: ["not-an-account"] }, "page_size=abc"],
      [{ accountId: ["%ff"] }, ""],
      [{ accountId: ["%zz"] }, ""],
      [{ accountId: ["%"] }, ""],
    ];
    for (const [segments, q] of cases) {
      running = `GET ${JSON.stringify(segments)} ?${q}`;
      const answer = await callRoute({ route: transactions, method: "GET", segments, query: q });
      expect(answer.status, JSON.stringify(segments)).toBe(400);
      expect(ErrorShape.safeParse(answer.json).success).toBe(true);
    }
    await settle(1_000);
    expect(rejections.slice(before)).toEqual([]);
  });

  it("refuses control characters in sign-up text with a field error, not a 500", async () => {
    const users = routes.find((route) => route.pattern === "/api/users")!;
    for (const [index, name] of ["Sam\u0000Lee", "Sam\u0007", "\u001b[31mSam"].entries()) {
      const answer = await callRoute({
        route: users,
        method: "POST",
        segments: {},
        headers: { origin: ORIGIN, "content-type": "application/json" },
        body: JSON.stringify({ name, email: `control-${index}@example.com`, password: "correct horse battery staple" }),
      });
      expect(answer.status, JSON.stringify(name)).toBe(400);
      expect(answer.json).toEqual({ error: expect.objectContaining({ code: "invalid_input", fields: { name: expect.any(String) } }) });
    }
  });
});
