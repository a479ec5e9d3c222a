import "server-only";
import { getConnectTask } from "@/lib/bud/connect";
import { listConsents } from "@/lib/bud/consents";
import { BudError } from "@/lib/bud/errors";
import { providerById } from "@/lib/bud/providers";
import { markSynced } from "@/lib/connect/bank-sync";
import { failureOf, OWN_RESULT } from "@/lib/connect/failures";
import { finishJourney, journeyOf, type Journey } from "@/lib/connect/journeys";
import { getBudCustomer } from "@/lib/customer-link";
import { connectConfig } from "@/lib/env";
import type { JourneyView } from "@/lib/schemas/connect";

const MIN_POLL_MS = 500;
const MAX_POLL_MS = 3_000;
/** Without polling Bud (webhooks only), how often the page asks us. */
const WEBHOOK_WAIT_POLL_MS = 1_000;

interface TaskLook {
  journey: Journey;
  /** The bank the task is at, when the customer chose it on Bud's page. */
  provider?: string;
  step: number | null;
  pollAfterMs: number;
}

/**
 * Asks Bud's connect task how a pending journey is doing and records the outcome once it is known. Bud answers
 * 404 for a task that is not this customer's (a task id edited on the way back): that journey simply failed.
 */
async function lookAtTask(userId: string, journey: Journey): Promise<TaskLook> {
  const pending = { journey, step: null, pollAfterMs: WEBHOOK_WAIT_POLL_MS };
  if (journey.status === "pending" && journey.purpose === "reconfirm" && !journey.taskId) return lookAtConsent(userId, journey);
  if (journey.status !== "pending" || !journey.taskId || !connectConfig().pollConnectTasks) return pending;
  const customer = await getBudCustomer(userId);
  try {
    const task = await getConnectTask(customer, journey.taskId);
    const pollAfterMs = Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, task.nextDelayMs ?? WEBHOOK_WAIT_POLL_MS));
    if (task.status === "Pending") return { journey, provider: task.provider, step: task.step, pollAfterMs };
    const completed = task.status === "Completed";
    const finished = await finishJourney(journey.id, {
      status: completed ? "completed" : "failed",
      result: task.result ?? (completed ? "success" : null),
      provider: task.provider,
    });
    if (completed) await markSynced(userId, task.provider);
    return { journey: finished ?? (await journeyOf(userId, journey.id)), step: task.step, pollAfterMs };
  } catch (error) {
    if (!(error instanceof BudError) || error.kind !== "not_found") throw error;
    const failed = await finishJourney(journey.id, { status: "failed", result: OWN_RESULT.notCompleted });
    return { ...pending, journey: failed ?? (await journeyOf(userId, journey.id)) };
  }
}

/** A consent renewed on this journey expires about 90 days after it started; anything sooner was not renewed. */
const RENEWED_DAYS = 80;

/**
 * A reconfirm journey starts no task: Bud renews the consent on its own screen before sending the customer back,
 * so the outcome is read from Bud's consents (never from the redirect).
 */
async function lookAtConsent(userId: string, journey: Journey): Promise<TaskLook> {
  const consents = await listConsents(await getBudCustomer(userId));
  const renewedBy = journey.createdAt.getTime() + RENEWED_DAYS * 24 * 60 * 60 * 1000;
  const renewed = consents.some(
    (consent) => consent.provider === journey.provider && consent.status === "authorised" && Date.parse(consent.expiresAt) >= renewedBy,
  );
  const finished = await finishJourney(journey.id, renewed ? { status: "completed", result: "success" } : { status: "failed", result: OWN_RESULT.notCompleted });
  return { journey: finished ?? (await journeyOf(userId, journey.id)), step: null, pollAfterMs: WEBHOOK_WAIT_POLL_MS };
}

/** A journey of the user's as its progress page shows it; someone else's is NotFoundError. */
export async function journeyProgress(userId: string, journeyId: string): Promise<JourneyView> {
  const { journey, step, pollAfterMs, provider } = await lookAtTask(userId, await journeyOf(userId, journeyId));
  const bank = journey.provider ?? provider;
  // A journey never brought back within its 30 minutes will not be.
  const lapsed = journey.status === "started" && journey.expiresAt.getTime() <= Date.now();
  const status = journey.status === "completed" ? "completed" : journey.status === "failed" || lapsed ? "failed" : "pending";
  return {
    id: journey.id,
    purpose: journey.purpose === "reconfirm" ? "reconfirm" : "connect",
    status,
    provider: bank ? await providerById(bank) : null,
    step,
    failure: lapsed ? "expired" : status === "failed" ? failureOf(journey.result) : null,
    pollAfterMs,
  };
}
