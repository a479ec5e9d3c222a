/** Refresh v2 tasks on the wire: the 202 on creation (TaskCreatedV2ResponseOB) and the status read (TaskV2View). */
import type { StoredRefreshTask } from "../store/state";

const MIN_POLL_DELAY_MS = 50;

export const refreshTaskPath = (taskId: string) => `/open-banking/v2/refresh/${taskId}`;

/** Completed when every provider refreshed; otherwise Failed with the first failing provider's result. */
export function refreshOutcome(task: StoredRefreshTask): { status: "Completed" | "Failed"; result: string } {
  const failure = task.sub_tasks.find((subTask) => subTask.status === "Failed");
  return failure ? { status: "Failed", result: failure.result } : { status: "Completed", result: "success" };
}

export function pendingRefreshMetadata(task: StoredRefreshTask, delayMs: number) {
  return { status: "Pending" as const, next_url: refreshTaskPath(task.task_id), next_url_delay: Math.max(MIN_POLL_DELAY_MS, delayMs) };
}

export function wireRefreshCreated(task: StoredRefreshTask) {
  return { task_id: task.task_id, sub_tasks: task.sub_tasks.map((subTask) => ({ task_id: subTask.task_id, provider: subTask.provider })) };
}

export function wireRefreshTask(task: StoredRefreshTask, now: number) {
  if (now < task.completes_at) {
    const pending = task.sub_tasks.map((subTask) => ({ task_id: subTask.task_id, provider: subTask.provider, status: "Pending" as const }));
    return { task_id: task.task_id, status: "Pending" as const, sub_tasks: pending };
  }
  const { status, result } = refreshOutcome(task);
  return {
    task_id: task.task_id,
    status,
    result,
    has_new_transactions: task.sub_tasks.some((subTask) => subTask.has_new_transactions),
    sub_tasks: task.sub_tasks.map((subTask) => ({
      task_id: subTask.task_id,
      provider: subTask.provider,
      status: subTask.status,
      result: subTask.result,
      reconnect_required: subTask.reconnect_required,
      has_new_transactions: subTask.has_new_transactions,
    })),
  };
}
