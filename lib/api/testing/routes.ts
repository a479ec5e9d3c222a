import { readdirSync } from "node:fs";
import path from "node:path";
import { routeAccess, type RouteAccess } from "@/lib/api/route";

/* The route walker: every app/api/**\/route.ts found on disk, so tests cover new routes without a hand-kept list. */

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export type Segment =
  | { kind: "static"; value: string }
  | { kind: "dynamic"; name: string }
  | { kind: "catch-all"; name: string; optional: boolean };

export interface RouteMethod {
  method: HttpMethod;
  handler: Handler;
  access: RouteAccess | undefined;
}

export interface DiscoveredRoute {
  /** Relative to the folder holding app/, e.g. app/api/accounts/[accountId]/route.ts. */
  file: string;
  /** The URL pattern, e.g. /api/accounts/[accountId]. */
  pattern: string;
  segments: Segment[];
  methods: RouteMethod[];
}

const root = path.resolve(import.meta.dirname, "../../..");

function* routeFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* routeFiles(full);
    else if (/^route\.(ts|js)$/.test(entry.name)) yield full;
  }
}

/** Folder names as Next reads them: (groups) and @slots add nothing to the URL; [x], [...x], [[...x]] are params. */
function segmentOf(folder: string): Segment | null {
  if (/^\(.*\)$/.test(folder) || folder.startsWith("@")) return null;
  const optional = /^\[\[\.\.\.(\w+)\]\]$/.exec(folder);
  if (optional) return { kind: "catch-all", name: optional[1]!, optional: true };
  const catchAll = /^\[\.\.\.(\w+)\]$/.exec(folder);
  if (catchAll) return { kind: "catch-all", name: catchAll[1]!, optional: false };
  const dynamic = /^\[(\w+)\]$/.exec(folder);
  if (dynamic) return { kind: "dynamic", name: dynamic[1]! };
  return { kind: "static", value: folder };
}

/** Imports every route module under `apiDir` (app/api by default) with its exported HTTP methods. */
export async function discoverRoutes(apiDir = path.join(root, "app", "api")): Promise<DiscoveredRoute[]> {
  const appDir = path.dirname(apiDir);
  const routes: DiscoveredRoute[] = [];
  for (const file of [...routeFiles(apiDir)].sort()) {
    const folders = path.relative(appDir, path.dirname(file)).split(path.sep);
    const segments = folders.map(segmentOf).filter((segment) => segment !== null);
    const exported = (await import(file)) as Record<string, unknown>;
    const methods = HTTP_METHODS.filter((method) => typeof exported[method] === "function").map((method) => ({
      method,
      handler: exported[method] as Handler,
      access: routeAccess(exported[method]),
    }));
    const pattern = `/${segments.map((s) => (s.kind === "static" ? s.value : s.kind === "dynamic" ? `[${s.name}]` : `[...${s.name}]`)).join("/")}`;
    routes.push({ file: path.relative(path.dirname(appDir), file), pattern, segments, methods });
  }
  return routes;
}

/** What is wrong with a route for the walker: no method, or a method that declared no access. */
export function routeProblems(route: DiscoveredRoute): string[] {
  if (route.methods.length === 0) return [`${route.file} exports no HTTP method`];
  return route.methods
    .filter((method) => method.access === undefined)
    .map(
      ({ method }) =>
        `${route.file} ${method} declares no access: wrap it in userRoute (needs a session) or publicRoute (takes none), or thirdPartyRoute for a library's handler`,
    );
}

/** The names of a route's params (dynamic and catch-all segments), in URL order. */
export function paramNames(route: DiscoveredRoute): string[] {
  return route.segments.flatMap((segment) => (segment.kind === "static" ? [] : [segment.name]));
}

/**
 * The raw (still percent-encoded) path for the given raw segment values, and the params Next would hand the
 * handler: each segment percent-decoded, catch-alls as arrays. Values are used as given, so callers choose the
 * encoding (the fuzz test sends malformed encodings on purpose).
 */
export function rawPath(route: DiscoveredRoute, rawValues: Record<string, string[]>): string {
  return `/${route.segments
    .flatMap((segment) => (segment.kind === "static" ? [segment.value] : (rawValues[segment.name] ?? [])))
    .join("/")}`;
}

/** Params as Next decodes them from a raw path matched by `rawPath`. Throws on malformed encoding, as Next does. */
export function decodedParams(route: DiscoveredRoute, rawValues: Record<string, string[]>): Record<string, string | string[]> {
  const params: Record<string, string | string[]> = {};
  for (const segment of route.segments) {
    if (segment.kind === "static") continue;
    const decoded = (rawValues[segment.name] ?? []).map((value) => decodeURIComponent(value));
    if (segment.kind === "dynamic") params[segment.name] = decoded[0] ?? "";
    else if (decoded.length > 0 || !segment.optional) params[segment.name] = decoded;
  }
  return params;
}
