import { describe, expect, it } from "vitest";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { hiddenAccountIds, setHiddenFromTotals } from "@/lib/hidden-accounts";

describe.each(testEngines())("hidden accounts (%s)", (engine) => {
  const testDb = setUpTestDb(engine);

  it("keeps each user's hidden accounts to that user", async () => {
    const alex = await insertTestUser(testDb.db);
    const sam = await insertTestUser(testDb.db, { email: "sam@example.com" });
    await setHiddenFromTotals(alex.id, "acc-1", true);
    await setHiddenFromTotals(sam.id, "acc-2", true);
    expect(await hiddenAccountIds(alex.id)).toEqual(new Set(["acc-1"]));
    expect(await hiddenAccountIds(sam.id)).toEqual(new Set(["acc-2"]));
    // Showing an account only touches the user's own preference, even for the same id.
    await setHiddenFromTotals(sam.id, "acc-1", false);
    expect(await hiddenAccountIds(alex.id)).toEqual(new Set(["acc-1"]));
  });

  it("treats hiding twice and showing a shown account as no change", async () => {
    const alex = await insertTestUser(testDb.db);
    await setHiddenFromTotals(alex.id, "acc-1", true);
    await setHiddenFromTotals(alex.id, "acc-1", true);
    expect(await hiddenAccountIds(alex.id)).toEqual(new Set(["acc-1"]));
    await setHiddenFromTotals(alex.id, "acc-1", false);
    await setHiddenFromTotals(alex.id, "acc-1", false);
    expect(await hiddenAccountIds(alex.id)).toEqual(new Set());
  });
});
