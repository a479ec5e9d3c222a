/**
 * Connect tasks: started when the customer answers at their bank on the hosted Connect page, they walk Bud's four
 * steps a configurable delay apart (SANDBOX_CONNECT_STEP_MS) and end Completed (the bank is now connected:
 * accounts and 24 months of history, or the existing connection renewed) or Failed with a ConnectResultCode.
 * Progress is derived from the start time and the clock; the outcome is applied once, by a timer or by the first
 * read after the task's moment, whichever comes first.
 */
import { randomUUID } from "node:crypto";
import type { SandboxClock } from "../clock";
import type { Scheduler } from "../scheduler";
import type { ConnectionRepository } from "../store/connections";
import type { StoredConnectTask, StoredCustomer } from "../store/state";
import type { Store } from "../store/store";

export const CONNECT_STEP_TEXTS = ["Fetching access token", "Fetching accounts", "Fetching balances and transactions", "Completed"] as const;

export type ConnectStep = 1 | 2 | 3 | 4;

export interface ConnectProgress {
  step: ConnectStep;
  status: "Pending" | "Completed" | "Failed";
}

/** Where a task stands `now`: successful tasks reach step 4, failing ones stop (Failed) at their failing step. */
export function connectProgress(task: StoredConnectTask, now: number, stepMs: number): ConnectProgress {
  const reached = stepMs === 0 ? 4 : Math.min(4, 1 + Math.floor(Math.max(0, now - task.started_at) / stepMs));
  const last = task.fails_at_step ?? 4;
  const step = Math.min(reached, last) as ConnectStep;
  if (now < finishesAt(task, stepMs)) return { step, status: "Pending" };
  return { step, status: task.result === "success" ? "Completed" : "Failed" };
}

/** The moment the task reports its outcome: step 4 for a success, its failing step for a failure. */
export function finishesAt(task: StoredConnectTask, stepMs: number): number {
  return task.started_at + ((task.fails_at_step ?? 4) - 1) * stepMs;
}

/** Called once per task when its outcome is applied (the webhooks listen here). */
export type ConnectTaskListener = (task: StoredConnectTask, consentId: string | undefined) => void;

export class ConnectTaskRepository {
  private readonly listeners: ConnectTaskListener[] = [];

  constructor(
    private readonly store: Store,
    private readonly clock: SandboxClock,
    private readonly connections: ConnectionRepository,
    private readonly scheduler: Scheduler,
    readonly stepMs: number,
  ) {}

  onSettled(listener: ConnectTaskListener): void {
    this.listeners.push(listener);
  }

  /** Starts a task for `customer` at `provider`: `result` is `success` or the code it fails with at `failsAtStep`. */
  start(customer: StoredCustomer, provider: string, result: string, failsAtStep?: 1 | 2 | 3): StoredConnectTask {
    const task: StoredConnectTask = {
      task_id: randomUUID(),
      client_id: customer.client_id,
      customer_id: customer.customer_id,
      provider,
      started_at: this.clock.now(),
      result,
      ...(result !== "success" && { fails_at_step: failsAtStep ?? 1 }),
      settled: false,
    };
    this.store.state.connect_tasks[task.task_id] = task;
    this.store.changed();
    this.scheduleSettlement(task);
    return task;
  }

  /** The task as its client and customer see it (undefined for anyone else), settled if its moment has passed. */
  get(clientId: string, customerId: string, taskId: string): StoredConnectTask | undefined {
    const task = this.store.state.connect_tasks[taskId];
    if (task?.client_id !== clientId || task.customer_id !== customerId) return undefined;
    this.settleIfDue(task);
    return task;
  }

  /** After a restart: settles what is due and schedules the rest. */
  resume(): void {
    for (const task of Object.values(this.store.state.connect_tasks)) if (!task.settled) this.scheduleSettlement(task);
  }

  private scheduleSettlement(task: StoredConnectTask): void {
    this.scheduler.at(finishesAt(task, this.stepMs), () => this.settleIfDue(task));
  }

  private settleIfDue(task: StoredConnectTask): void {
    if (task.settled || this.clock.now() < finishesAt(task, this.stepMs)) return;
    task.settled = true;
    const customer = this.store.state.customers[task.customer_id];
    // A customer deleted meanwhile gets nothing connected; its task still reports what happened at the bank.
    const consentId = task.result === "success" && customer ? this.connections.connect(customer, task.provider).connection.consent_id : undefined;
    this.store.changed();
    for (const listener of this.listeners) listener(task, consentId);
  }
}
