/**
 * Refresh v2 tasks: each provider asked for (default: every bank with an authorised consent) is refreshed when the
 * task is created, adding the days since its last refresh (connections seam). Per provider: a revoked or expired
 * consent needs reconnecting (an expired one is then marked revoked, as Bud does), a bank in maintenance or a bank
 * fault fails that provider alone; any failure fails the main task while the others still update. The task
 * reports Pending for a short delay, then its outcome; the same refresh asked again within the hour is the same task.
 */
import { randomUUID } from "node:crypto";
import type { World } from "../../data/world";
import type { SandboxClock } from "../clock";
import type { FaultRules } from "../faults/rules";
import { isoSeconds } from "../http/dates";
import type { Scheduler } from "../scheduler";
import { consentExpired, type ConnectionRepository } from "../store/connections";
import type { StoredConnection, StoredCustomer, StoredRefreshSubTask, StoredRefreshTask } from "../store/state";
import type { Store } from "../store/store";
import { bankFault } from "./bank-faults";
import { inMaintenance } from "./maintenance";

const SAME_REFRESH_WINDOW_MS = 60 * 60_000;

export type RefreshListener = (task: StoredRefreshTask) => void;

interface Outcome {
  status: StoredRefreshSubTask["status"];
  result: string;
  reconnect_required: boolean;
}

const failed = (result: string, reconnect = false): Outcome => ({ status: "Failed", result, reconnect_required: reconnect });

export class RefreshTaskRepository {
  private readonly listeners: RefreshListener[] = [];

  constructor(
    private readonly deps: { store: Store; clock: SandboxClock; connections: ConnectionRepository; world: World; faults: FaultRules; scheduler: Scheduler },
    /** How long a task reports Pending. */
    readonly delayMs: number,
  ) {}

  onCompleted(listener: RefreshListener): void {
    this.listeners.push(listener);
  }

  /** Providers with an authorised consent: what a refresh without `providers` covers. */
  defaultProviders(customerId: string): string[] {
    return this.deps.connections.forCustomer(customerId).filter((connection) => connection.status === "active").map((connection) => connection.provider);
  }

  start(customer: StoredCustomer, providers: readonly string[], window?: { from?: string; to?: string }): StoredRefreshTask {
    const { store, clock } = this.deps;
    const now = clock.now();
    const key = [...new Set(providers)].sort();
    const same = Object.values(store.state.refresh_tasks).find(
      (task) => task.customer_id === customer.customer_id && task.client_id === customer.client_id && task.created_at > now - SAME_REFRESH_WINDOW_MS && task.providers.join() === key.join(),
    );
    if (same) return same;
    const connections = key.map((provider) => this.latestConnection(customer.customer_id, provider));
    const from = window?.from ?? connections.map((connection) => connection?.last_refreshed_at).filter((at) => at !== undefined).sort()[0] ?? isoSeconds(new Date(now));
    const before = new Map(connections.flatMap((connection) => (connection ? [[connection.provider, connection.last_refreshed_at.slice(0, 10)] as const] : [])));
    const outcomes = key.map((provider, index) => this.refreshOne(customer, provider, connections[index]));
    const task: StoredRefreshTask = {
      task_id: randomUUID(),
      client_id: customer.client_id,
      customer_id: customer.customer_id,
      providers: key,
      created_at: now,
      completes_at: now + this.delayMs,
      window: { from, to: window?.to ?? isoSeconds(new Date(now)) },
      sub_tasks: this.subTasks(customer.customer_id, key, outcomes, before),
      announced: false,
    };
    store.state.refresh_tasks[task.task_id] = task;
    store.changed();
    this.deps.scheduler.at(task.completes_at, () => this.announce(task));
    return task;
  }

  get(clientId: string, customerId: string, taskId: string): StoredRefreshTask | undefined {
    const tasks = this.deps.store.state.refresh_tasks;
    const task = Object.hasOwn(tasks, taskId) ? tasks[taskId] : undefined;
    return task?.client_id === clientId && task.customer_id === customerId ? task : undefined;
  }

  /** After a restart: announces what is due and schedules the rest. */
  resume(): void {
    for (const task of Object.values(this.deps.store.state.refresh_tasks)) {
      if (!task.announced) this.deps.scheduler.at(task.completes_at, () => this.announce(task));
    }
  }

  private announce(task: StoredRefreshTask): void {
    if (task.announced) return;
    task.announced = true;
    this.deps.store.changed();
    for (const listener of this.listeners) listener(task);
  }

  private latestConnection(customerId: string, provider: string): StoredConnection | undefined {
    return this.deps.connections.forCustomer(customerId).find((connection) => connection.provider === provider);
  }

  private refreshOne(customer: StoredCustomer, provider: string, connection: StoredConnection | undefined): Outcome {
    const { connections, clock, store, faults } = this.deps;
    if (!connection) return failed("connection_not_found", true);
    if (connection.status === "revoked") return failed("connection_revoked", true);
    if (consentExpired(connection, clock.now())) {
      connections.revoke(customer.customer_id, provider);
      return failed("connection_expired", true);
    }
    if (inMaintenance(store.state, provider)) return failed("provider_maintenance");
    const fault = bankFault(faults, provider, "refresh", customer.customer_id);
    if (fault) return failed(fault);
    connections.refresh(connection);
    return { status: "Completed", result: "success", reconnect_required: false };
  }

  /** Sub-tasks with the accounts each covers and whether transactions dated since its last refresh arrived. */
  private subTasks(customerId: string, providers: readonly string[], outcomes: readonly Outcome[], before: ReadonlyMap<string, string>): StoredRefreshSubTask[] {
    const { world, connections } = this.deps;
    const data = world.customerData(customerId, connections.windows(customerId));
    const accounts = data?.accounts() ?? [];
    const lastDates = new Map((data?.transactionDates() ?? []).map((dates) => [dates.account_id, dates.last_transaction_date?.slice(0, 10) ?? ""]));
    return providers.map((provider, index) => {
      const outcome = outcomes[index]!;
      const connection = this.latestConnection(customerId, provider);
      const accountIds = accounts.filter((account) => account.provider === provider).map((account) => account.account_id);
      const since = before.get(provider);
      const hasNew = outcome.status === "Completed" && since !== undefined && accountIds.some((id) => (lastDates.get(id) ?? "") >= since);
      return {
        task_id: randomUUID(),
        provider,
        ...outcome,
        has_new_transactions: hasNew,
        account_ids: accountIds,
        consent_ids: connection ? [connection.consent_id] : [],
        ...(connection && { consent_expires_at: connection.consent_expires_at }),
      };
    });
  }
}
