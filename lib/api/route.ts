import "server-only";
import type { NextRequest } from "next/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { renewSession } from "@/lib/auth/session-renewal";
import { appConfig } from "@/lib/env";
import { errorResponse, jsonResponse, toErrorResponse } from "@/lib/api/errors";
import { isSameOrigin } from "@/lib/api/origin";
import { NotFoundError } from "@/lib/errors";
import { securityEvent } from "@/lib/security/events";
import { timeStep, timeStepSync, withServerTiming } from "@/lib/perf/server-timing";

type Params = Record<string, string>;
type RouteContext<P extends Params> = { params: Promise<P> };

interface HandlerInput<P extends Params> {
  request: NextRequest;
  params: P;
}

/**
 * Who may call a route handler, tagged on every exported method so the route walker (lib/api/testing/) can check
 * each route without a hand-kept list: "user" needs a session; "public" takes none (sign-up); "third-party" takes
 * none and speaks its own protocol rather than our error shape (next-auth).
 */
export type RouteAccess = "user" | "public" | "third-party";
const ACCESS = Symbol.for("budgie.route-access");

function withAccess<H extends object>(handler: H, access: RouteAccess): H {
  return Object.assign(handler, { [ACCESS]: access });
}

/** The access a handler was declared with, or undefined for a handler that declared none. */
export function routeAccess(handler: unknown): RouteAccess | undefined {
  return typeof handler === "function" ? (handler as { [ACCESS]?: RouteAccess })[ACCESS] : undefined;
}

type AnyHandler = (request: NextRequest, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

/**
 * Declares a handler we do not write (next-auth's) as taking no session and answering in its own protocol. What
 * it throws still gets our error shape: next-auth parses a JSON body unguarded, and a malformed one is the
 * client's 400, not a 500 (found by lib/api/fuzz.test.ts).
 */
export function thirdPartyRoute(handler: AnyHandler): AnyHandler {
  const route: AnyHandler = async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof SyntaxError) return errorResponse(400, "invalid_input", "The request body isn’t valid.");
      return toErrorResponse(error, request.nextUrl.pathname);
    }
  };
  return withAccess(route, "third-party");
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function guardOrigin(request: NextRequest): Response | null {
  if (!MUTATING.has(request.method)) return null;
  // NEXTAUTH_URL is required in production; without it (development, tests) the request's own origin stands in.
  const publicOrigin = new URL(appConfig().appUrl ?? request.url).origin;
  if (isSameOrigin(request, publicOrigin)) return null;
  securityEvent("forbidden", { route: request.nextUrl.pathname, method: request.method, reason: "origin" });
  return errorResponse(403, "forbidden_origin", "This request must come from Budgie itself.");
}

/**
 * Wraps a route handler that needs no session (sign-up): origin check on mutating methods, one error shape,
 * no caching. Handlers return data (sent as JSON) or a Response.
 */
export function publicRoute<P extends Params = Params>(handler: (input: HandlerInput<P>) => Promise<unknown>) {
  const handle = withServerTiming(async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const rejected = guardOrigin(request);
    if (rejected) return rejected;
    try {
      const result = await handler({ request, params: await context.params });
      return result instanceof Response ? result : timeStepSync("serialise", () => jsonResponse(result));
    } catch (error) {
      // Data functions answer someone else's id exactly like an unknown one; the log keeps the attempt.
      if (error instanceof NotFoundError) securityEvent("not_found", { route: request.nextUrl.pathname });
      return toErrorResponse(error, request.nextUrl.pathname);
    }
  });
  // Every line the handler writes (Bud calls too) carries the request id of the server's log context
  // (scripts/server.mjs), never one the client sent.
  return withAccess(handle, "public");
}

/**
 * Like publicRoute, for a signed-in user resolved from the session (never from the request). Data functions
 * receive the user and resolve the Bud customer themselves, so nothing in the request can pick a customer.
 */
export function userRoute<P extends Params = Params>(
  handler: (input: HandlerInput<P> & { user: CurrentUser }) => Promise<unknown>,
) {
  const route = publicRoute<P>(async (input) => {
    const user = await getCurrentUser();
    if (!user) {
      securityEvent("unauthenticated", { route: input.request.nextUrl.pathname, method: input.request.method });
      return errorResponse(401, "unauthenticated", "Please sign in again.");
    }
    const response = await timeStep("handler", () => handler({ ...input, user }));
    // The user's activity moves the session's idle clock here: the proxy, which does it for pages, skips the API.
    return renewSession(input.request, response instanceof Response ? response : timeStepSync("serialise", () => jsonResponse(response)));
  });
  return withAccess(route, "user");
}
