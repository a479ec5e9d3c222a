/**
 * The stand-in's HTTP application: request ids, the request log, fault injection, every Bud route, and Bud's
 * bodies for unknown paths (404), known paths with the wrong method (405) and failures (500).
 */
import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { MAX_LOGGED_REQUESTS, type AppEnv, type RequestLogEntry, type ServerDeps } from "./context";
import { controlRoutes } from "./control";
import { CONTROL_PREFIX, faultInjection } from "./faults/middleware";
import { BudApiError, internalError, methodNotAllowed, routeNotFound } from "./http/errors";
import { pageRoutes } from "./pages/routes";
import { accountRoutes } from "./routes/accounts";
import { assetRoutes } from "./routes/assets";
import { balanceRoutes } from "./routes/balances";
import { categoryRoutes } from "./routes/categories";
import { connectRoutes } from "./routes/connect";
import { consentRoutes } from "./routes/consents";
import { refreshRoutes } from "./routes/refresh";
import { customerRoutes } from "./routes/customers";
import { customerV1Routes } from "./routes/customers-v1";
import { oauthRoutes } from "./routes/oauth";
import { paymentRoutes } from "./routes/payments";
import { providerRoutes } from "./routes/providers";
import { savingsGoalRoutes } from "./routes/savings-goals";
import { spendingBudgetRoutes } from "./routes/spending-budgets";
import { transactionRoutes } from "./routes/transactions";
import { jwksRoutes } from "./webhooks/routes";

const BUD_ROUTES = [
  oauthRoutes,
  customerRoutes,
  customerV1Routes,
  providerRoutes,
  connectRoutes,
  consentRoutes,
  refreshRoutes,
  accountRoutes,
  balanceRoutes,
  transactionRoutes,
  categoryRoutes,
  spendingBudgetRoutes,
  savingsGoalRoutes,
  paymentRoutes,
  assetRoutes,
  pageRoutes,
  jwksRoutes,
];

/** Hono's own path reading (decoding included), which the stand-in only extends. */
const honoPath = new Hono().getPath;

/**
 * The request path as Bud's gateway reads it: repeated slashes count as one (`//platform/v3/customers` is
 * `/platform/v3/customers`), so routes, fault rules and the request log all see the collapsed path.
 */
export const gatewayPath: typeof honoPath = (request, options) => honoPath(request, options).replace(/\/{2,}/g, "/");

export function createApp(deps: ServerDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>({ getPath: gatewayPath });

  app.use("*", async (c, next) => {
    const requestId = randomUUID();
    c.set("deps", deps);
    c.set("requestId", requestId);
    await next();
    c.res.headers.set("X-Request-Id", requestId);
    if (!c.req.path.startsWith(CONTROL_PREFIX)) {
      const customerId = c.req.header("X-Customer-Id") ?? null;
      logRequest(deps, { method: c.req.method, path: c.req.path, status: c.res.status, customerId });
    }
  });
  app.use("*", faultInjection);

  app.route(CONTROL_PREFIX.slice(0, -1), controlRoutes);
  for (const routes of BUD_ROUTES) app.route("/", routes);

  app.notFound((c) => {
    const error = isKnownPath(app, c.req.path) ? methodNotAllowed() : routeNotFound();
    return c.json(error.body(), error.status);
  });

  app.onError((error, c) => {
    if (error instanceof BudApiError) return c.json(error.body(c.var.operationId), error.status);
    console.error(`sandbox: ${c.req.method} ${c.req.path} failed`, error);
    const failure = internalError(c.var.requestId);
    return c.json(failure.body(), failure.status);
  });

  return app;
}

function logRequest(deps: ServerDeps, entry: RequestLogEntry): void {
  const { requests } = deps.stats;
  requests.push(entry);
  if (requests.length > MAX_LOGGED_REQUESTS) requests.splice(0, requests.length - MAX_LOGGED_REQUESTS);
}

/** Whether any route (other than the catch-all middleware) has this path, whatever its method. */
function isKnownPath(app: Hono<AppEnv>, path: string): boolean {
  return app.routes.some((route) => route.method !== "ALL" && routePattern(route.path).test(path));
}

function routePattern(routePath: string): RegExp {
  const source = routePath
    .split("/")
    .map((segment) => {
      if (segment.startsWith(":")) return "[^/]+";
      return segment === "*" ? ".*" : segment.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
    })
    .join("/");
  return new RegExp(`^${source}$`);
}
