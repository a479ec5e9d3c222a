/**
 * What every route can reach: the services of one running sandbox (`c.var.deps`) and what the guards found
 * out about the caller (client, customer, operation).
 */
import type { HttpBindings } from "@hono/node-server";
import type { World } from "../data/world";
import type { TokenService } from "./auth/tokens";
import type { ClientRegistry, SandboxClient } from "./clients";
import type { SandboxClock } from "./clock";
import type { FaultRules } from "./faults/rules";
import type { RefreshTaskRepository } from "./connect/refresh";
import type { ConnectTaskRepository } from "./connect/tasks";
import type { Scheduler } from "./scheduler";
import type { ConnectionRepository } from "./store/connections";
import type { CustomerRepository } from "./store/customers";
import type { StoredCustomer } from "./store/state";
import type { Store } from "./store/store";
import type { WebhookDelivery } from "./webhooks/delivery";
import type { WebhookSigner } from "./webhooks/signing";

export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  /** The X-Customer-Id header as sent, or null. */
  customerId: string | null;
}

export interface SandboxStats {
  tokenRequests: number;
  /** The most recent requests (at most MAX_LOGGED_REQUESTS), oldest first; control-API calls are not logged. */
  requests: RequestLogEntry[];
}

export const MAX_LOGGED_REQUESTS = 10_000;

export interface ServerDeps {
  world: World;
  store: Store;
  clients: ClientRegistry;
  tokens: TokenService;
  customers: CustomerRepository;
  connections: ConnectionRepository;
  connectTasks: ConnectTaskRepository;
  refreshTasks: RefreshTaskRepository;
  /** Signs webhooks; its public key is served at /bud-callback.jwks. */
  webhookSigner: WebhookSigner;
  /** Sends webhooks when SANDBOX_WEBHOOK_URL is set. */
  webhooks?: WebhookDelivery;
  /** Timers for what happens when a task's moment comes; cleared on close. */
  scheduler: Scheduler;
  /** The one clock every computed date reads (server/clock.ts). */
  clock: SandboxClock;
  faults: FaultRules;
  stats: SandboxStats;
  /** The base URL browsers reach this server at (hosted pages, logos), e.g. http://localhost:4010. */
  publicUrl: string;
  /** Where the world's logos live on disk, served under /assets. */
  assetsDir: string;
  /** Added to every API call (SANDBOX_LATENCY_MS), for benchmarks. */
  latencyMs: number;
  /** Resolves every hanging fault, so close() does not wait for clients that never give up. */
  hangs: Set<() => void>;
}

export interface AppEnv {
  Bindings: HttpBindings;
  Variables: {
    deps: ServerDeps;
    requestId: string;
    /** Bud operation id of the matched route, used in its success and error bodies. */
    operationId: string;
    client: SandboxClient;
    customer: StoredCustomer;
  };
}
