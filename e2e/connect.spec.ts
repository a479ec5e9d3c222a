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
const HOSTED_CONNECT = "**/hosted/connect/**";

// Each journey crosses several pages of two servers (ours and Bud's hosted one) on a shared, loaded machine.
test.describe.configure({ timeout: 120_000 });

/** From a page showing a "Connect a bank" button: through Bud Connect's screens to the bank's, signed in there. */
async function openBankScreen(page: Page, bank: string, checkAxe = false): Promise<void> {
  await page.getByRole("button", { name: "Connect a bank" }).first().click();
  if (checkAxe) expect(await seriousViolations(page), "hosted bank choice").toEqual([]);
  await page.getByRole("button", { name: `Connect ${bank}` }).click();
  if (checkAxe) expect(await seriousViolations(page), "hosted bank consent").toEqual([]);
  await page.getByLabel("Username").fill("sam");
  await page.getByLabel("Password").fill("sandbox");
}

/** Through Bud Connect's screens, answering the bank; returns the callback URL the browser is sent back to. */
async function connectBank(page: Page, bank: string, answer: Answer = "Allow access", checkAxe = false): Promise<string> {
  await openBankScreen(page, bank, checkAxe);
  const callback = page.waitForRequest(CALLBACK);
  await page.getByRole("button", { name: answer }).click();
  return (await callback).url();
}

/**
 * Answers the bank, but the browser never comes back to us: Bud's answer (a 303 to our callback) is read and
 * dropped, and the browser stays on Bud's page. Returns the callback URL, unused. (A route on the callback itself
 * cannot do this: Playwright's routes do not see a redirect's target.)
 */
async function answerWithoutComingBack(page: Page, answer: Answer): Promise<URL> {
  let back: string | undefined;
  await page.route(HOSTED_CONNECT, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    back = (await route.fetch({ maxRedirects: 0 })).headers().location;
    await route.fulfill({ status: 204 });
  });
  await page.getByRole("button", { name: answer }).click();
  await expect.poll(() => back).toMatch(CALLBACK);
  return new URL(back!);
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

test("a callback that says success for a task the bank fails ends on the failure page", async ({ freshUser, standIn }) => {
  const { page } = freshUser;
  await standIn.faultsFor(freshUser.customerId).add({ path: "/bank/Natwest_Sandbox/connect", status: 503, times: 1 });
  await page.goto("/");
  await openBankScreen(page, "NatWest Sandbox");
  // Bud's way back is held, then followed saying "success" (and no error), whatever it said.
  const forged = await answerWithoutComingBack(page, "Allow access");
  forged.searchParams.set("status", "success");
  forged.searchParams.delete("error");
  await page.unroute(HOSTED_CONNECT);
  await page.goto(forged.toString());
  await expect(page.getByRole("heading", { level: 1, name: "NatWest Sandbox ran into a problem" })).toBeVisible({ timeout: 60_000 });
  // Try again goes straight back to the same bank's screen.
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("button", { name: "Allow access" })).toBeVisible();
});

test("when the progress check fails, the page says so and Retry carries on", async ({ freshUser, standIn }) => {
  const { page } = freshUser;
  const faults = standIn.faultsFor(freshUser.customerId);
  // Bud's webhook is lost (Bud says they are not guaranteed), so only the task, which Bud will not answer, can tell.
  await faults.add({ path: "/webhooks/connect", times: 1 });
  await page.goto("/");
  await openBankScreen(page, "NatWest Sandbox");
  // Bud is down and says to come back in a minute, so nothing retries at once: too few failures to open the app's
  // circuit breaker (one per process) under the specs running beside this one.
  await faults.add({ method: "GET", path: "/v1/open-banking/connect/*", status: 503, retryAfter: "60" });
  await page.getByRole("button", { name: "Allow access" }).click();
  await expect(page.getByText("We couldn’t check on your bank")).toBeVisible({ timeout: 30_000 });
  await faults.clear();
  await page.getByRole("button", { name: "Retry" }).click();
  await expectConnectedOnOverview(page, "NatWest Sandbox");
});

test("the customer closes the tab mid-journey and the webhook still brings the bank", async ({ freshUser }) => {
  const { page, context } = freshUser;
  await page.goto("/");
  await openBankScreen(page, "NatWest Sandbox");
  // The customer allows access and closes the tab on Bud's page: the way back never reaches us.
  const taskId = (await answerWithoutComingBack(page, "Allow access")).searchParams.get("task_id");
  await page.close();

  // Bud's signed webhook for that task reached us and was accepted (a forged or unverifiable one gets a 4xx).
  await expect
    .poll(async () => {
      const { deliveries } = (await (await fetch(`${SANDBOX_URL}/__sandbox/webhooks`)).json()) as { deliveries: { subject: string; state: string }[] };
      return deliveries.find((delivery) => delivery.subject === taskId)?.state;
    }, { timeout: 30_000 })
    .toBe("delivered");

  // Their next visit: signed out meanwhile, they sign in again in a new tab.
  await context.clearCookies();
  const again = await context.newPage();
  await again.goto("/sign-in");
  await again.getByLabel("Email").fill(freshUser.email);
  await again.getByLabel("Password").fill(freshUser.password);
  await again.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(again.getByRole("region", { name: "Your accounts" }).getByText("NatWest Sandbox").first()).toBeVisible({ timeout: 30_000 });
  await again.goto("/connections");
  const natwest = again.getByRole("list", { name: "Connected banks" }).getByRole("listitem").filter({ hasText: "NatWest Sandbox" });
  await expect(natwest.getByText(/Last synced/)).toBeVisible();
});

test("a new customer's data sections say no bank is connected yet, and Bud Connect opens from there", async ({ freshUser }) => {
  const { page } = freshUser;
  for (const path of ["/transactions", "/spending", "/upcoming", "/goals"]) {
    await page.goto(path);
    await expect(page.getByRole("region", { name: "No bank connected" }), path).toBeVisible();
  }
  await page.getByRole("region", { name: "No bank connected" }).getByRole("button", { name: "Connect a bank" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Connect your bank" })).toBeVisible();
});
