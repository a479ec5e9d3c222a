import "server-only";
import { z } from "zod";
import { OWN_RESULT } from "@/lib/connect/failures";
import { finishJourney, redeemJourneyState } from "@/lib/connect/journeys";
import { journeyPath, linkProblemPath } from "@/lib/connect/paths";
import { securityEvent } from "@/lib/security/events";

const State = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
const TaskId = z.string().regex(/^[\w-]{1,100}$/);
const ResultCode = z.string().regex(/^[a-z_]{1,64}$/).refine((code) => code !== "success");

/**
 * Bud's redirect back to us. Only `state` finds the journey (the user's own, unused and unexpired), and only
 * `task_id` is read besides, as the id of the task to ask Bud about: `status` and `error` are never trusted, so a
 * hand-edited "success" proves nothing. Answers the path to send the browser to: the journey's progress page, or
 * the page that explains why the link no longer works (nothing changed).
 */
export async function returnFromBud(userId: string, query: URLSearchParams): Promise<string> {
  const state = State.safeParse(query.get("state"));
  if (!state.success) {
    securityEvent("forbidden", { route: "connect_callback", reason: "malformed_state" });
    return linkProblemPath("invalid");
  }
  const taskId = TaskId.safeParse(query.get("task_id"));
  const used = await redeemJourneyState(userId, state.data, taskId.success ? taskId.data : null);
  if (!used.ok) {
    securityEvent("forbidden", { route: "connect_callback", reason: `state_${used.reason}` });
    return linkProblemPath(used.reason);
  }
  // Back from connecting without a task (the customer cancelled before Bud started one): nothing to wait for, and with no task
  // there is nothing to succeed, so Bud's `error` may pick the failure's words. A webhook that already finished the
  // journey keeps its outcome. A reconfirm starts no task: its progress reads the consent back from Bud.
  if (!used.journey.taskId && used.journey.purpose === "connect") {
    const error = ResultCode.safeParse(query.get("error"));
    await finishJourney(used.journey.id, { status: "failed", result: error.success ? error.data : OWN_RESULT.notCompleted });
  }
  return journeyPath(used.journey.id);
}
