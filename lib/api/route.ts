import "server-only";
import type { NextRequest } from "next/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { appConfig } from "@/lib/env";
import { errorResponse, jsonResponse, toErrorResponse } from "@/lib/api/errors";
import { isSameOrigin } from "@/lib/api/origin";
import { NotFoundError } from "@/lib/errors";
import { securityEvent } from "@/lib/security/events";
import { withRequestLogContext } from "@/lib/security/request-id";

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
  if (isSameOrigin(request, allowed)) return null;
  securityEvent("forbidden", { route: request.nextUrl.pathname, method: request.method, reason: "origin" });
  return errorResponse(403, "forbidden_origin", "This request must come from Budgie itself.");
}

/**
 * Wraps a route handler that needs no session (sign-up): origin check on mutating methods, one error shape,
 * no caching. Handlers return data (sent as JSON) or a Response.
 */
export function publicRoute<P extends Params = Params>(handler: (input: HandlerInput<P>) => Promise<unknown>) {
  const handle = async (request: NextRequest, context: RouteContext<P>): Promise<Response> => {
    const rejected = guardOrigin(request);
    if (rejected) return rejected;
    try {
      const result = await handler({ request, params: await context.params });
      return result instanceof Response ? result : jsonResponse(result);
    } catch (error) {
      // Data functions answer someone else's id exactly like an unknown one; the log keeps the attempt.
      if (error instanceof NotFoundError) securityEvent("not_found", { route: request.nextUrl.pathname });
      return toErrorResponse(error, request.nextUrl.pathname);
    }
  };
  // Inside the request's log context, so every line the handler writes (Bud calls too) carries its request id.
  return (request: NextRequest, context: RouteContext<P>): Promise<Response> =>
    withRequestLogContext(request.headers, () => handle(request, context));
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
    if (!user) {
      securityEvent("unauthenticated", { route: input.request.nextUrl.pathname, method: input.request.method });
      return errorResponse(401, "unauthenticated", "Please sign in again.");
    }
    return handler({ ...input, user });
  });
}
