import { describe, expect, it } from "vitest";
import { returnFromBud } from "@/lib/connect/callback";
import { journeyOf, startJourney } from "@/lib/connect/journeys";
import { journeyPath } from "@/lib/connect/paths";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";

const TASK_ID = "3f1c7a52-0b7e-4d55-9a53-6d1f0f9b2a11";
const CONNECT = { provider: "Natwest_Sandbox", purpose: "connect" } as const;

describe.each(testEngines())("Bud's redirect back (returnFromBud) on %s", (engine) => {
  const testDb = setUpTestDb(engine);

  it.each([
    ["a forged success", { status: "success" }],
    ["a failure with its error", { status: "failure", error: "auth_denied" }],
  ])("ignores %s for a journey with a task: it waits on the task", async (_, said) => {
    const user = await insertTestUser(testDb.db);
    const { journey, state } = await startJourney(user.id, CONNECT);

    const path = await returnFromBud(user.id, new URLSearchParams({ state, task_id: TASK_ID, ...said }));

    expect(path).toBe(journeyPath(journey.id));
    // Only the task (asked later) decides: no outcome, no result, just the task to ask about.
    expect(await journeyOf(user.id, journey.id)).toMatchObject({ status: "pending", taskId: TASK_ID, result: null });
  });

  it("ends a journey without a task as failed, even when the redirect says success", async () => {
    const user = await insertTestUser(testDb.db);
    const { journey, state } = await startJourney(user.id, CONNECT);

    await returnFromBud(user.id, new URLSearchParams({ state, status: "success", error: "success" }));

    expect(await journeyOf(user.id, journey.id)).toMatchObject({ status: "failed", taskId: null, result: "not_completed" });
  });
});
