import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  finishJourney,
  finishJourneyForTask,
  JOURNEY_TTL_MS,
  journeyOf,
  startJourney,
  redeemJourneyState,
} from "@/lib/connect/journeys";
import { connectJourneys } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { NotFoundError } from "@/lib/errors";

const T0 = new Date("2026-03-01T12:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const CONNECT = { provider: "Natwest_Sandbox", purpose: "connect" } as const;

describe.each(testEngines())("the Connect journey store on %s", (engine) => {
  const testDb = setUpTestDb(engine);
  const twoUsers = async () => [
    await insertTestUser(testDb.db, { email: "alex@example.com" }),
    await insertTestUser(testDb.db, { email: "sam@example.com" }),
  ];

  it("issues a long random state and stores only its hash", async () => {
    const [alex] = await twoUsers();
    const first = await startJourney(alex!.id, CONNECT, T0);
    const second = await startJourney(alex!.id, CONNECT, T0);
    expect(first.state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.state).not.toBe(second.state);
    const rows = await testDb.db.select().from(connectJourneys);
    expect(JSON.stringify(rows)).not.toContain(first.state);
    expect(first.journey.expiresAt.getTime() - T0.getTime()).toBe(JOURNEY_TTL_MS);
  });

  it("uses a state once, recording the task Bud named, then refuses it as used", async () => {
    const [alex] = await twoUsers();
    const { journey, state } = await startJourney(alex!.id, CONNECT, T0);
    const used = await redeemJourneyState(alex!.id, state, "task-1", later(60_000));
    expect(used).toMatchObject({ ok: true, journey: { id: journey.id, taskId: "task-1", status: "pending" } });
    expect(await redeemJourneyState(alex!.id, state, "task-2", later(61_000))).toEqual({ ok: false, reason: "used" });
    expect((await journeyOf(alex!.id, journey.id)).taskId).toBe("task-1");
  });

  it("refuses a state after its 30 minutes and leaves the journey unused", async () => {
    const [alex] = await twoUsers();
    const { journey, state } = await startJourney(alex!.id, CONNECT, T0);
    expect(await redeemJourneyState(alex!.id, state, "task-1", later(JOURNEY_TTL_MS))).toEqual({ ok: false, reason: "expired" });
    expect(await journeyOf(alex!.id, journey.id)).toMatchObject({ usedAt: null, taskId: null, status: "started" });
  });

  it("binds a state to its user: another user's use reads as unknown and changes nothing", async () => {
    const [alex, sam] = await twoUsers();
    const { journey, state } = await startJourney(alex!.id, CONNECT, T0);
    expect(await redeemJourneyState(sam!.id, state, "task-1", T0)).toEqual({ ok: false, reason: "invalid" });
    expect(await redeemJourneyState(alex!.id, `${state}x`, "task-1", T0)).toEqual({ ok: false, reason: "invalid" });
    expect(await journeyOf(alex!.id, journey.id)).toMatchObject({ usedAt: null });
    await expect(journeyOf(sam!.id, journey.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(journeyOf(alex!.id, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("lets only one of two racing callbacks use a state", async () => {
    const [alex] = await twoUsers();
    const { state } = await startJourney(alex!.id, CONNECT, T0);
    const results = await Promise.all([1, 2, 3].map((n) => redeemJourneyState(alex!.id, state, `task-${n}`, T0)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("keeps a journey's first outcome", async () => {
    const [alex] = await twoUsers();
    const { journey } = await startJourney(alex!.id, CONNECT, T0);
    expect(await finishJourney(journey.id, { status: "failed", result: "auth_denied" })).toMatchObject({ status: "failed" });
    expect(await finishJourney(journey.id, { status: "completed", result: "success" })).toBeNull();
    expect((await journeyOf(alex!.id, journey.id)).result).toBe("auth_denied");
  });

  it("finishes the journey a webhook's task belongs to, or the user's open journey for that bank when none knows it", async () => {
    const [alex] = await twoUsers();
    const known = await startJourney(alex!.id, CONNECT, T0);
    await redeemJourneyState(alex!.id, known.state, "task-known", T0);
    const closedTab = await startJourney(alex!.id, { provider: "Monzo_Sandbox", purpose: "connect" }, later(1000));
    const task = (taskId: string, provider: string) => ({ taskId, provider, status: "completed" as const, result: "success" });

    expect(await finishJourneyForTask(alex!.id, task("task-known", "Natwest_Sandbox"))).toMatchObject({ id: known.journey.id });
    expect(await finishJourneyForTask(alex!.id, task("task-new", "Monzo_Sandbox"))).toMatchObject({
      id: closedTab.journey.id,
      taskId: "task-new",
      status: "completed",
    });
    expect(await finishJourneyForTask(alex!.id, task("task-other", "Barclays_Sandbox"))).toBeNull();
    const rows = await testDb.db.select().from(connectJourneys).where(eq(connectJourneys.userId, alex!.id));
    expect(rows.map((row) => row.status).sort()).toEqual(["completed", "completed"]);
  });
});
