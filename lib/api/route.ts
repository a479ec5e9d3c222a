import "server-only";
import type { NextRequest } from "next/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { appConfig } from "@/lib/env";
import { errorResponse, jsonResponse, toErrorResponse } from "@/lib/api/errors";
import { isSameOrigin } from "@/lib/api/origin";
import { timeStep, timeStepSync, withServerTiming } from "@/lib/perf/server-timing";

type Params = Record<string, string>;
type RouteContext<P extends Params> = { params: Promise<P> };

interface HandlerInput<P extends Params> {
  request: NextRequest;
  params: P;
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function guardOrigin(request: NextRequest): Response | null {
  if (!MUTATING.has(request.method)) return null;
  const appUrl = appConfig().appUrl;
  const allowed = appUrl ? [new URL(appUrl).origin] : [];
  return isSameOrigin(request, allowed)
    ? null
    : errorResponse(403, "forbidden_origin", "This request must come from Budgie itself.");
}

/**
 * Wraps a route handler that needs no session (sign-up): origin check on mutating methods, one error shape,
 * no caching. Handlers return data (sent as JSON) or a Response.
 */
export function publicRoute<P extends Params = Params>(handler: (input: HandlerInput<P>) => Promise<unknown>) {
  return withServerTiming(async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const rejected = guardOrigin(request);
    if (rejected) return rejected;
    try {
      const result = await handler({ request, params: await context.params });
      return result instanceof Response ? result : timeStepSync("serialise", () => jsonResponse(result));
    } catch (error) {
      return toErrorResponse(error, request.nextUrl.pathname);
    }
  });
}

/**
 * Like publicRoute, for a signed-in user resolved from the session (never from the request). Data functions
 * receive the user and resolve the Bud customer themselves, so nothing in the request can pick a customer.
 */
export function userRoute<P extends Params = Params>(
  handler: (input: HandlerInput<P> & { user: CurrentUser }) => Promise<unknown>,
) {
  return publicRoute<P>(async (input) => {
    const user = await getCurrentUser();
    if (!user) return errorResponse(401, "unauthenticated", "Please sign in again.");
    return timeStep("handler", () => handler({ ...input, user }));
  });
}
