import { expect, test as setup } from "@playwright/test";
import { DEMO_STORAGE_STATE } from "./fixtures";

/** Signs in once as the demo user; the journeys reuse the session (storageState). */
setup("sign in as the demo user", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("demo@budgie.test");
  await page.getByLabel("Password").fill("budgie-demo-2026");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // The server's first render after start is the slowest of the run.
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible({ timeout: 30_000 });
  await page.context().storageState({ path: DEMO_STORAGE_STATE });
});
