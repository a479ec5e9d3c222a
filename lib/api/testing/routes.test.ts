import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodedParams, discoverRoutes, paramNames, rawPath, routeProblems, type DiscoveredRoute } from "@/lib/api/testing/routes";

/* The walker on a made-up app: what a forgetful new route looks like to it. */

let dir: string;
let routes: DiscoveredRoute[];

function route(relative: string, source: string): void {
  const file = path.join(dir, "app", "api", relative, "route.ts");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, source);
}

const byPattern = (pattern: string) => routes.find((entry) => entry.pattern === pattern)!;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "budgie-walker-"));
  route("things/[thingId]", `import { userRoute } from "@/lib/api/route";\nexport const GET = userRoute(async () => ({}));\nexport const DELETE = async () => new Response(null);\n`);
  route("(group)/docs/[...slug]", `import { publicRoute } from "@/lib/api/route";\nexport const GET = publicRoute(async () => ({}));\n`);
  route("opt/[[...rest]]", `import { publicRoute } from "@/lib/api/route";\nexport const POST = publicRoute(async () => ({}));\n`);
  route("empty", `export const dynamic = "force-dynamic";\n`);
  routes = await discoverRoutes(path.join(dir, "app", "api"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("discoverRoutes", () => {
  it("finds every route file, with its URL pattern (groups dropped) and declared access per method", () => {
    expect(routes.map((entry) => entry.pattern).toSorted()).toEqual(["/api/docs/[...slug]", "/api/empty", "/api/opt/[...rest]", "/api/things/[thingId]"]);
    expect(byPattern("/api/things/[thingId]").methods.map(({ method, access }) => [method, access])).toEqual([
      ["GET", "user"],
      ["DELETE", undefined],
    ]);
    expect(paramNames(byPattern("/api/things/[thingId]"))).toEqual(["thingId"]);
  });

  it("reports a method that declares no access, and a route with no method", () => {
    expect(routes.flatMap(routeProblems)).toEqual([
      "app/api/empty/route.ts exports no HTTP method",
      expect.stringMatching(/^app\/api\/things\/\[thingId\]\/route\.ts DELETE declares no access/),
    ]);
  });
});

describe("paths and params", () => {
  it("builds the raw path and decodes params as Next does, catch-alls as arrays", () => {
    const docs = byPattern("/api/docs/[...slug]");
    expect(rawPath(docs, { slug: ["a%20b", "c"] })).toBe("/api/docs/a%20b/c");
    expect(decodedParams(docs, { slug: ["a%20b", "c"] })).toEqual({ slug: ["a b", "c"] });
    expect(decodedParams(byPattern("/api/opt/[...rest]"), {})).toEqual({});
    expect(() => decodedParams(byPattern("/api/things/[thingId]"), { thingId: ["%ff"] })).toThrow(URIError);
  });
});
