/**
 * startSandbox(): runs the Bud stand-in on a real port, for `npm run sandbox` and for tests (port 0 = any free
 * port, no dataDir = nothing persisted). The world is generated after the port is known, because its logo URLs
 * point back at this server.
 */
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import type { World } from "../data/world";
import { createApp } from "./app";
import { TokenService } from "./auth/tokens";
import { ClientRegistry, LOCAL_CLIENT, type SandboxClient } from "./clients";
import { SandboxClock } from "./clock";
import type { RequestLogEntry, SandboxStats, ServerDeps } from "./context";
import { FaultRules, type FaultRule } from "./faults/rules";
import { factsOf } from "./insights/facts";
import { RefreshTaskRepository } from "./connect/refresh";
import { ConnectTaskRepository } from "./connect/tasks";
import { PaymentOutcomes } from "./payments/outcomes";
import { Scheduler } from "./scheduler";
import { ConnectionRepository } from "./store/connections";
import { CorrectionRepository } from "./store/corrections";
import { CustomerRepository } from "./store/customers";
import { SearchRegistry } from "./store/searches";
import type { StoredConnection } from "./store/state";
import { Store } from "./store/store";
import { WebhookDelivery } from "./webhooks/delivery";
import { sendWebhooks } from "./webhooks/events";
import { WebhookSigner } from "./webhooks/signing";

export type { FaultRule, RequestLogEntry, SandboxClient, SandboxStats, StoredConnection };

export interface StartSandboxOptions {
  /** 0 = an ephemeral port. Default 4010. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1. */
  host?: string;
  /** Where the state snapshot lives; omit to keep everything in memory. */
  dataDir?: string;
  /** Default: the local client (LOCAL_CLIENT_ID / LOCAL_CLIENT_SECRET). The first one owns the demo customers. */
  clients?: SandboxClient[];
  /** Access-token lifetime. Default 3600. */
  tokenTtlSeconds?: number;
  seed?: string;
  /** Where the stand-in clock starts (YYYY-MM-DD); default: the real date. */
  today?: string;
  faults?: FaultRule[];
  /** Added to every API call. Default 0. */
  latencyMs?: number;
  /** Base URL that browsers use to reach this server (for logo URLs). Default http://localhost:<port>. */
  publicUrl?: string;
  /** Delay between a connect task's steps (SANDBOX_CONNECT_STEP_MS). Default 400; 0 finishes at once. */
  connectStepMs?: number;
  /** Where webhooks go (SANDBOX_WEBHOOK_URL); none are sent without it. */
  webhookUrl?: string;
  /** The wait before a failed webhook's first retry (doubling after each). Default 500 ms. */
  webhookRetryBaseMs?: number;
  /** Generate every demo customer's data before answering, so no first request pays for it. Default false. */
  warmUp?: boolean;
  /** Test hook: a hand-made world and its assets directory instead of the seeded one. The world receives the
   *  public base URL and serves its logos under <assetBaseUrl>/assets/. */
  world?: { create(assetBaseUrl: string): World; assetsDir: string };
}

/** Long enough to watch the hosted page's progress, short enough not to slow anyone down. */
export const DEFAULT_CONNECT_STEP_MS = 400;

export interface FaultController {
  add(rule: FaultRule | FaultRule[]): void;
  clear(): void;
  /** Expires every access token now; refresh tokens keep working. */
  expireTokens(): void;
  list(): FaultRule[];
}

export interface ClockController {
  /** YYYY-MM-DD on the stand-in clock. */
  today(): string;
  /** Epoch ms on the stand-in clock. */
  now(): number;
  /** Forward only; throws ClockError otherwise. */
  advance(days: number): void;
  moveTo(date: string): void;
}

export interface RunningSandbox {
  /** Base URL for API clients, e.g. http://127.0.0.1:4010. */
  url: string;
  port: number;
  close(): Promise<void>;
  faults: FaultController;
  stats: SandboxStats;
  clock: ClockController;
  /** Connects a sandbox bank to a customer of any client at once (as POST /__sandbox/customers/{id}/connections). */
  connectBank(customerId: string, provider: string): StoredConnection;
}

export async function startSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const host = options.host ?? "127.0.0.1";
  const store = await Store.open(options.dataDir);
  // The app needs the port (for logo URLs), the port needs a listening server: answer 503 until the app exists.
  const ready: { app?: ReturnType<typeof createApp> } = {};
  const server = createAdaptorServer({
    fetch: (request, env) => ready.app?.fetch(request, env) ?? new Response("starting", { status: 503 }),
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 4010, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  let deps: ServerDeps;
  try {
    deps = await createDeps(options, store, (options.publicUrl ?? `http://localhost:${port}`).replace(/\/$/, ""));
  } catch (error) {
    server.close();
    throw error;
  }
  ready.app = createApp(deps);

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    port,
    stats: deps.stats,
    faults: {
      add: (rule) => deps.faults.add(rule),
      clear: () => deps.faults.clear(),
      expireTokens: () => void deps.tokens.expireAll(),
      list: () => deps.faults.list(),
    },
    clock: {
      today: () => deps.clock.today(),
      now: () => deps.clock.now(),
      advance: (days) => deps.clock.advance(days),
      moveTo: (date) => deps.clock.moveTo(date),
    },
    connectBank(customerId, provider) {
      const customer = deps.clients.all.map((client) => deps.customers.get(client.client_id, customerId)).find(Boolean);
      if (!customer) throw new Error(`No customer ${customerId}`);
      if (!deps.world.providers.some((known) => known.provider === provider)) throw new Error(`Unknown provider ${provider}`);
      return deps.connections.connect(customer, provider).connection;
    },
    async close() {
      deps.scheduler.close();
      deps.webhooks?.close();
      for (const release of [...deps.hangs]) release();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      if ("closeAllConnections" in server) server.closeAllConnections();
      await Promise.all([closed, store.flush()]);
    },
  };
}

async function createDeps(options: StartSandboxOptions, store: Store, publicUrl: string): Promise<ServerDeps> {
  const clients = new ClientRegistry(options.clients ?? [LOCAL_CLIENT]);
  const { world, assetsDir } = await loadWorld(options, publicUrl);
  const owner = clients.all[0] ?? LOCAL_CLIENT;
  const clock = new SandboxClock(store, options.today);
  const customers = new CustomerRepository(store, clock);
  customers.seedDemoCustomers(world.demoCustomers, owner.client_id, owner.host_secrets);
  const connections = new ConnectionRepository(store, clock);
  connections.seedDemoConnections(world.demoCustomers, (customerId) => customers.get(owner.client_id, customerId));
  const corrections = new CorrectionRepository(store, clock);
  if (options.warmUp) {
    for (const demo of world.demoCustomers) {
      // The insights index is built in the background, a page at a time, while the server already answers.
      void factsOf(world.customerData(demo.customerId, connections.windows(demo.customerId), corrections.of(demo.customerId)));
    }
  }
  const scheduler = new Scheduler(clock);
  const connectTasks = new ConnectTaskRepository(store, clock, connections, scheduler, options.connectStepMs ?? DEFAULT_CONNECT_STEP_MS);
  const faults = new FaultRules();
  faults.add(options.faults ?? []);
  // A refresh reports Pending about as long as a connection takes two steps.
  const refreshTasks = new RefreshTaskRepository({ store, clock, connections, world, faults, scheduler }, connectTasks.stepMs * 2);
  const webhookSigner = await WebhookSigner.load(store);
  const webhooks = options.webhookUrl === undefined ? undefined : new WebhookDelivery(options.webhookUrl, webhookSigner, clock, scheduler, options.webhookRetryBaseMs, faults);
  const paymentOutcomes = new PaymentOutcomes(store, clock, scheduler);
  if (webhooks) sendWebhooks({ connectTasks, refreshTasks, connections, paymentOutcomes, clock }, webhooks);
  // After the listeners, so tasks that finished while the stand-in was down still send their webhooks.
  connectTasks.resume();
  refreshTasks.resume();
  paymentOutcomes.resume();
  return {
    world,
    store,
    clients,
    tokens: new TokenService(store, options.tokenTtlSeconds ?? 3600),
    customers,
    connections,
    corrections,
    searches: new SearchRegistry(clock),
    connectTasks,
    refreshTasks,
    webhookSigner,
    webhooks,
    paymentOutcomes,
    scheduler,
    clock,
    faults,
    stats: { tokenRequests: 0, requests: [] },
    publicUrl,
    assetsDir,
    latencyMs: options.latencyMs ?? 0,
    hangs: new Set(),
  };
}

/** The seeded world unless a test brings its own; imported lazily so such tests never load the generator. */
async function loadWorld(options: StartSandboxOptions, assetBaseUrl: string): Promise<{ world: World; assetsDir: string }> {
  if (options.world) return { world: options.world.create(assetBaseUrl), assetsDir: options.world.assetsDir };
  const data = await import("../data/index");
  return { world: data.createWorld({ seed: options.seed, today: options.today, assetBaseUrl }), assetsDir: data.ASSETS_DIR };
}
