import type { NextRequest } from "next/server";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { workUnitAsyncStorage } from "next/dist/server/app-render/work-unit-async-storage.external";
import { createRequestStoreForAPI } from "next/dist/server/async-storage/request-store";
import { createWorkStore } from "next/dist/server/async-storage/work-store";

/*
 * Next's own request scope for tests that call route handlers directly: cookies() and headers() from
 * next/headers answer about this request, as they do when Next serves it (next-auth's handler reads them).
 * Needs AsyncLocalStorage on globalThis before Next loads (vitest.config.mts's setupFiles).
 */

type Implicit = Parameters<typeof createRequestStoreForAPI>[2];
type WorkContext = Parameters<typeof createWorkStore>[0];

const NO_TAGS = { tags: [], expirationsByCacheKind: new Map() } as unknown as Implicit;

/** Runs `handle` as Next runs the route handler at `page` (e.g. /api/accounts/[accountId]/route) for `request`. */
export function inRequestScope<T>(page: string, request: NextRequest, handle: () => Promise<T>): Promise<T> {
  const url = { pathname: request.nextUrl.pathname, search: request.nextUrl.search };
  const requestStore = createRequestStoreForAPI(request, url, NO_TAGS, undefined, undefined, undefined);
  // Only what a route handler's work store reads on this path; the rest belongs to rendering and caching.
  const workStore = createWorkStore({ page, renderOpts: { experimental: {} }, isPrefetchRequest: false, buildId: "test" } as unknown as WorkContext);
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, handle));
}
