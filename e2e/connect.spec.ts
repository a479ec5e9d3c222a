import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { SANDBOX_URL } from "./env";
import { expect, test } from "./fixtures";
import { connectionsOf } from "./stand-in";

/*
 * Bud Connect through the stand-in's hosted pages, as a newly signed-up customer does it. Every journey uses a
 * fresh user (it changes their data); the outcome is always read back from the connect task, never the redirect.
 */

type Answer = "Allow access" | "Deny access" | "Cancel and go back";

const CALLBACK = /\/api\/connect\/callback\?/;

// Each journey crosses several pages of two servers (ours and Bud's hosted one) on a shared, loaded machine.
test.describe.configure({ timeout: 120_000 });

/** From a page showing a "Connect a bank" button: through Bud Connect's screens, answering the bank; returns the callback URL. */
async function connectBank(page: Page, bank: string, answer: Answer = "Allow access", checkAxe = false): Promise<string> {
  await page.getByRole("button", { name: "Connect a bank" }).first().click();
  if (checkAxe) expect(await seriousViolations(page), "hosted bank choice").toEqual([]);
  await page.getByRole("button", { name: `Connect ${bank}` }).click();
  if (checkAxe) expect(await seriousViolations(page), "hosted bank consent").toEqual([]);
  await page.getByLabel("Username").fill("sam");
  await page.getByLabel("Password").fill("sandbox");
  const callback = page.waitForRequest(CALLBACK);
  await page.getByRole("button", { name: answer }).click();
  return (await callback).url();
}

async function expectConnectedOnOverview(page: Page, bank: string) {
  await expect(page.getByText(`${bank} is connected`)).toBeVisible({ timeout: 60_000 });
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("region", { name: "Your accounts" }).getByText(bank).first()).toBeVisible();
}

test("a new customer connects a bank and then a second one; each lands on the overview", async ({ freshUser }) => {
  const { page } = freshUser;
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Connect your first bank" })).toBeVisible();
  await connectBank(page, "NatWest Sandbox", "Allow access", true);
  await expectConnectedOnOverview(page, "NatWest Sandbox");

  await page.goto("/connections");
  await connectBank(page, "Barclays Sandbox");
  await expectConnectedOnOverview(page, "Barclays Sandbox");
  const accounts = page.getByRole("region", { name: "Your accounts" });
  await expect(accounts.getByText("NatWest Sandbox").first()).toBeVisible();
  expect((await connectionsOf(freshUser.customerId)).map((connection) => connection.provider).sort()).toEqual([
    "Barclays_Sandbox",
    "Natwest_Sandbox",
  ]);
});

test("denying access at the bank shows why, offers Try again, and connects nothing", async ({ freshUser }) => {
  const { page } = freshUser;
  await page.goto("/");
  await connectBank(page, "NatWest Sandbox", "Deny access");
  await expect(page.getByRole("heading", { level: 1, name: "You didn’t give access to NatWest Sandbox" })).toBeVisible({ timeout: 60_000 });
  expect(await seriousViolations(page), "failure page").toEqual([]);
  await expect(page.getByRole("button", { name: "Try again" })).toBeVisible();
  await page.getByRole("link", { name: "Back to overview" }).click();
  await expect(page.getByRole("heading", { name: "Connect your first bank" })).toBeVisible();
  expect(await connectionsOf(freshUser.customerId)).toEqual([]);
});

test("cancelling at the bank has its own words", async ({ freshUser }) => {
  const { page } = freshUser;
  await page.goto("/");
  await connectBank(page, "Monzo Sandbox", "Cancel and go back");
  await expect(page.getByRole("heading", { level: 1, name: "Connecting Monzo Sandbox was cancelled" })).toBeVisible({ timeout: 60_000 });
});

test("a callback URL works once: used again, or with its state tampered with, it says so and changes nothing", async ({ freshUser }) => {
  const { page } = freshUser;
  await page.goto("/");
  const callback = await connectBank(page, "NatWest Sandbox");
  await expectConnectedOnOverview(page, "NatWest Sandbox");

  await page.goto(callback);
  await expect(page.getByRole("heading", { level: 1, name: "This link has already been used" })).toBeVisible();
  expect(await seriousViolations(page), "link problem page").toEqual([]);

  const tampered = new URL(callback);
  const state = tampered.searchParams.get("state")!;
  tampered.searchParams.set("state", `${state.slice(0, -2)}${state.endsWith("AA") ? "BB" : "AA"}`);
  await page.goto(tampered.toString());
  await expect(page.getByRole("heading", { level: 1, name: "This link isn’t valid" })).toBeVisible();
  expect(await connectionsOf(freshUser.customerId)).toHaveLength(1);
});

// Not yet passing (2026-11-30): the held-back callback is still spent before the forged replay arrives, so the replay
// shows "This link has already been used" (also a refusal, but not the path under test). lib/connect/callback.ts reads
// only `state` and `task_id`; no test proves yet that a forged `status` cannot change the outcome.
test.fixme("a callback that says success for a task the bank fails ends on the failure page", async ({ freshUser, standIn }) => {
  const { page } = freshUser;
  await standIn.faultsFor(freshUser.customerId).add({ path: "/bank/Natwest_Sandbox/connect", status: 503, times: 1 });
  await page.goto("/");
  // Bud's redirect is held back and replayed saying "success", whatever it said.
  await page.route(CALLBACK, (route) => route.abort());
  const forged = new URL(await connectBank(page, "NatWest Sandbox"));
  forged.searchParams.set("status", "success");
  // Leave Bud's page first, so nothing of it (a refresh, a retried redirect) spends the state before the forgery does.
  await page.goto("about:blank");
  await page.unroute(CALLBACK);
  await page.goto(forged.toString());
  await expect(page.getByRole("heading", { level: 1, name: "NatWest Sandbox ran into a problem" })).toBeVisible({ timeout: 60_000 });
  // Try again goes straight back to the same bank's screen.
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("button", { name: "Allow access" })).toBeVisible();
});

// Not yet passing (2026-11-30): the error state did not appear within a minute under the fault; to investigate.
test.fixme("when the progress check fails, the page says so and Retry carries on", async ({ freshUser, standIn }) => {
  const { page } = freshUser;
  await page.goto("/");
  const faults = standIn.faultsFor(freshUser.customerId);
  await page.getByRole("button", { name: "Connect a bank" }).click();
  await page.getByRole("button", { name: "Connect NatWest Sandbox" }).click();
  await faults.add({ method: "GET", path: "/v1/open-banking/connect/*", status: 503 });
  await page.getByRole("button", { name: "Allow access" }).click();
  await expect(page.getByText("We couldn’t check on your bank")).toBeVisible({ timeout: 60_000 });
  await faults.clear();
  await page.getByRole("button", { name: "Retry" }).click();
  await expectConnectedOnOverview(page, "NatWest Sandbox");
});

// Not yet passing (2026-11-30): the poll of the stand-in's deliveries never saw a delivered one; to investigate
// (the receiver itself is covered by lib/connect/webhooks.test.ts).
test.fixme("the customer closes the tab mid-journey and the webhook still brings the bank", async ({ freshUser }) => {
  const { page, context } = freshUser;
  await page.goto("/");
  // The way back from Bud never reaches us: as if the tab were closed on the bank's screen.
  await page.route(CALLBACK, (route) => route.abort());
  await connectBank(page, "NatWest Sandbox");
  await page.close();

  await expect
    .poll(async () => {
      const response = await fetch(`${SANDBOX_URL}/__sandbox/webhooks`);
      const { deliveries } = (await response.json()) as { deliveries: { subject?: string; state: string; event: string }[] };
      return deliveries.some((delivery) => delivery.subject?.includes(freshUser.customerId) !== false && delivery.state === "delivered");
    }, { timeout: 60_000 })
    .toBe(true);
  const later = await context.newPage();
  await later.goto("/connections");
  const natwest = later.getByRole("list", { name: "Connected banks" }).getByRole("listitem").filter({ hasText: "NatWest Sandbox" });
  await expect(natwest.getByText(/Last synced/)).toBeVisible({ timeout: 30_000 });
  await later.goto("/");
  await expect(later.getByRole("region", { name: "Your accounts" }).getByText("NatWest Sandbox").first()).toBeVisible({ timeout: 30_000 });
});
