import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { connectJourneys } from "@/lib/db/schema";
import { NotFoundError } from "@/lib/errors";

/*
 * Bud Connect journeys. A journey is started by a signed-in user's POST, which hands Bud a redirect URL carrying a
 * fresh `state`; the callback finds the journey by that state and uses it up. The state is 32 random bytes (CSPRNG),
 * stored only as its SHA-256, valid for 30 minutes (as long as Bud's hosted URL), bound to the user who started
 * it, and good for one use. The journey's outcome is later read from Bud's connect task, never from the redirect.
 */

export const JOURNEY_TTL_MS = 30 * 60_000;

export type JourneyPurpose = "connect" | "reconfirm";
export type JourneyStatus = "started" | "pending" | "completed" | "failed";
export type Journey = typeof connectJourneys.$inferSelect;

/** Why a callback's state was refused. */
export type StateRefusal = "invalid" | "used" | "expired";

const JourneyId = z.uuid();

const hashState = (state: string) => createHash("sha256").update(state).digest("hex");

export async function startJourney(
  userId: string,
  input: { provider: string | null; purpose: JourneyPurpose },
  now = new Date(),
): Promise<{ journey: Journey; state: string }> {
  const state = randomBytes(32).toString("base64url");
  const db = await getDb();
  const [journey] = await db
    .insert(connectJourneys)
    .values({
      userId,
      stateHash: hashState(state),
      provider: input.provider,
      purpose: input.purpose,
      expiresAt: new Date(now.getTime() + JOURNEY_TTL_MS),
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return { journey: journey!, state };
}

/**
 * The callback: uses up the journey this state belongs to, if it is the user's, unused and unexpired, recording
 * the task Bud named on the redirect (only an id to ask Bud about, never an outcome). One conditional update, so
 * two callbacks racing with the same state cannot both win. A refusal changes nothing.
 */
export async function redeemJourneyState(
  userId: string,
  state: string,
  taskId: string | null,
  now = new Date(),
): Promise<{ ok: true; journey: Journey } | { ok: false; reason: StateRefusal }> {
  const db = await getDb();
  const stateHash = hashState(state);
  const [used] = await db
    .update(connectJourneys)
    .set({ usedAt: now, updatedAt: now, taskId: sql`coalesce(${connectJourneys.taskId}, ${taskId})`, status: sql`case when ${connectJourneys.status} = 'started' then 'pending' else ${connectJourneys.status} end` })
    .where(
      and(
        eq(connectJourneys.stateHash, stateHash),
        eq(connectJourneys.userId, userId),
        isNull(connectJourneys.usedAt),
        gt(connectJourneys.expiresAt, now),
      ),
    )
    .returning();
  if (used) return { ok: true, journey: used };
  const [found] = await db.select().from(connectJourneys).where(eq(connectJourneys.stateHash, stateHash));
  // Someone else's state reads exactly like one that never existed.
  if (!found || found.userId !== userId) return { ok: false, reason: "invalid" };
  return { ok: false, reason: found.usedAt ? "used" : "expired" };
}

/** One of the user's journeys; another user's (or a malformed id) is NotFoundError, like an unknown one. */
export async function journeyOf(userId: string, journeyId: string): Promise<Journey> {
  if (!JourneyId.safeParse(journeyId).success) throw new NotFoundError("Journey");
  const db = await getDb();
  const [journey] = await db
    .select()
    .from(connectJourneys)
    .where(and(eq(connectJourneys.id, journeyId), eq(connectJourneys.userId, userId)));
  if (!journey) throw new NotFoundError("Journey");
  return journey;
}

/** Records a journey's outcome once; a journey already finished keeps its first outcome. */
export async function finishJourney(
  journeyId: string,
  outcome: { status: "completed" | "failed"; result: string | null; provider?: string | null },
  now = new Date(),
): Promise<Journey | null> {
  const db = await getDb();
  const { provider, ...rest } = outcome;
  const [journey] = await db
    .update(connectJourneys)
    .set({ ...rest, updatedAt: now, ...(provider ? { provider: sql`coalesce(${connectJourneys.provider}, ${provider})` } : {}) })
    .where(and(eq(connectJourneys.id, journeyId), inArray(connectJourneys.status, ["started", "pending"])))
    .returning();
  return journey ?? null;
}

/**
 * A connect task's outcome that arrived by webhook: finishes the user's journey that knows this task or, when the
 * user closed the tab before coming back (so no journey learned the task), their latest unfinished journey for
 * that bank, which then remembers the task.
 */
export async function finishJourneyForTask(
  userId: string,
  task: { taskId: string; provider: string | null; status: "completed" | "failed"; result: string | null },
  now = new Date(),
): Promise<Journey | null> {
  const db = await getDb();
  const [known] = await db
    .select()
    .from(connectJourneys)
    .where(and(eq(connectJourneys.userId, userId), eq(connectJourneys.taskId, task.taskId)));
  const journey = known ?? (await latestOpenJourney(userId, task.provider));
  if (!journey) return null;
  if (!journey.taskId) {
    await db.update(connectJourneys).set({ taskId: task.taskId, updatedAt: now }).where(eq(connectJourneys.id, journey.id));
  }
  return finishJourney(journey.id, { status: task.status, result: task.result, provider: task.provider }, now);
}

async function latestOpenJourney(userId: string, provider: string | null): Promise<Journey | undefined> {
  const db = await getDb();
  const open = await db
    .select()
    .from(connectJourneys)
    .where(and(eq(connectJourneys.userId, userId), isNull(connectJourneys.taskId), inArray(connectJourneys.status, ["started", "pending"])))
    .orderBy(desc(connectJourneys.createdAt))
    .limit(10);
  return open.find((journey) => journey.provider === null || journey.provider === provider);
}
