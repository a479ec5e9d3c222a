/** Connect tasks as Bud's wire shows them (OpenBankingConnectResponse). */
import type { StoredConnectTask } from "../store/state";
import { CONNECT_STEP_TEXTS, connectProgress } from "./tasks";

/** How long pollers are asked to wait between reads (Bud's examples say 50–500 ms). */
const MIN_POLL_DELAY_MS = 50;

export function wireConnectTask(task: StoredConnectTask, now: number, stepMs: number) {
  const { step, status } = connectProgress(task, now, stepMs);
  const done = status !== "Pending";
  const data = {
    task_id: task.task_id,
    provider: task.provider,
    step,
    text: CONNECT_STEP_TEXTS[step - 1],
    status,
    ...(done && { result: task.result, reconnect_required: false }),
  };
  const metadata = done
    ? { status }
    : { status, next_url: `/v1/open-banking/connect/${task.task_id}`, next_url_delay: Math.max(MIN_POLL_DELAY_MS, stepMs) };
  return { data, metadata };
}
