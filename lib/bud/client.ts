import "server-only";
import createClient, { type Client } from "openapi-fetch";
import { budConfig } from "@/lib/env";
import { DEFAULT_RETRY_POLICY } from "@/lib/bud/retry";
import { createBudFetch } from "@/lib/bud/http";
import { shutdownSignal } from "@/lib/bud/shutdown";
import { TokenManager } from "@/lib/bud/token";
import { createTransport, type TransportDeps } from "@/lib/bud/transport";
import { resolveBudClientConfig, type BudClientConfig } from "@/lib/bud/config";
import type { paths } from "@/lib/bud/generated/bud-api";

/** A Bud customer as the server holds it: never sent to the browser. */
export interface BudCustomer {
  customerId: string;
  /** null when Bud hosts the secret. */
  customerSecret: string | null;
}

export interface BudClient {
  api: Client<paths>;
  tokens: TokenManager;
  clientHeaders(): { "X-Client-Id": string };
  customerHeaders(customer: BudCustomer): { "X-Client-Id": string; "X-Customer-Id": string; "X-Customer-Secret"?: string };
}

/** Tests may swap the HTTP client (`fetchImpl`), the clock and the waits; by default Bud gets its own pool. */
export type BudClientOverrides = Partial<Omit<TransportDeps, "config" | "tokens">>;

export function createBudClient(options: BudClientConfig, overrides: BudClientOverrides = {}): BudClient {
  const config = resolveBudClientConfig(options);
  const fetchImpl =
    overrides.fetchImpl ?? createBudFetch({ maxConnections: config.maxConnections, timeoutMs: config.timeoutMs });
  const tokens = new TokenManager(config, fetchImpl, overrides.now);
  const send = createTransport({ ...overrides, config, tokens, fetchImpl });
  // openapi-fetch knows the path template (`schemaPath`); remember it per request for logs and errors.
  const templates = new WeakMap<Request, string>();
  const api = createClient<paths>({
    baseUrl: config.apiUrl.replace(/\/$/, ""),
    fetch: (request) => send(request, templates.get(request) ?? new URL(request.url).pathname),
  });
  api.use({
    onRequest({ request, schemaPath }) {
      templates.set(request, schemaPath);
    },
  });
  const clientHeaders = () => ({ "X-Client-Id": config.clientId });
  return {
    api,
    tokens,
    clientHeaders,
    customerHeaders: (customer) => ({
      ...clientHeaders(),
      "X-Customer-Id": customer.customerId,
      ...(customer.customerSecret ? { "X-Customer-Secret": customer.customerSecret } : {}),
    }),
  };
}

const globalForBud = globalThis as typeof globalThis & { budgieBudClient?: BudClient };

/**
 * The process-wide client: one token cache, connection pool and circuit breaker per process, surviving dev hot
 * reloads; its calls are aborted when the server shuts down.
 */
export function getBudClient(): BudClient {
  globalForBud.budgieBudClient ??= createBudClient(
    { ...budConfig(), retry: DEFAULT_RETRY_POLICY },
    { stopping: shutdownSignal() },
  );
  return globalForBud.budgieBudClient;
}
