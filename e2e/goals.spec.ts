import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { APP_URL } from "./env";
import { formatMoney } from "../lib/format";
import { goalPlan } from "../lib/goal-plan";
import { londonToday, shiftDays } from "../lib/periods";
import type { Account, SavingsGoal } from "../lib/domain";

/*
 * Savings goals end to end: a goal on the savings account shows its progress and both monthly figures; bad
 * input is refused inline; our 100% rule; another user's goal out of reach.
 */

// Each journey makes several round trips to the app and the stand-in (create, read back, edit); under a loaded
// machine that takes longer than the default budget for one test.
test.describe.configure({ timeout: 120_000 });

async function openNewGoal(page: Page) {
  await page.goto("/goals");
  await page.getByRole("button", { name: "New goal" }).click();
  return page.getByRole("dialog", { name: "New savings goal" });
}

const card = (page: Page, name: string) => page.getByRole("list", { name: "Savings goals" }).getByRole("listitem").filter({ hasText: name });

test("a goal on the savings account shows its progress and what to save each month", async ({ bankedUser }) => {
  const { page } = bankedUser;
  const accounts = (await (await page.request.get("/api/accounts")).json()) as Account[];
  const savings = accounts.find((account) => account.kind === "savings");
  test.skip(!savings, "this sandbox bank has no savings account");
  const targetDate = shiftDays(londonToday(), 200);

  const dialog = await openNewGoal(page);
  await dialog.getByLabel("Name").fill("Round the world");
  await dialog.getByLabel("Savings account").selectOption(savings!.id);
  await dialog.getByLabel(/^Target \(/).fill("250,000");
  await dialog.getByLabel("Target date (optional)").fill(targetDate);
  await dialog.getByLabel("Share of the account (%)").fill("50");
  await dialog.getByRole("button", { name: "Create goal" }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  const [goal] = (await (await page.request.get("/api/goals")).json()) as SavingsGoal[];
  const plan = goalPlan({
    target: goal!.target,
    saved: goal!.saved,
    allocationRatio: 0.5,
    targetDate,
    createdOn: londonToday(new Date(goal!.createdAt)),
    today: londonToday(),
  });
  const shown = card(page, "Round the world");
  await expect(shown).toContainText(`${formatMoney(goal!.saved)} saved of £250,000.00`);
  await expect(shown).toContainText(`50% of ${savings!.name}`);
  await expect(shown.getByRole("img", { name: `Round the world: ${Math.round(plan.progress * 100)}% saved` })).toBeVisible();
  await expect(shown).toContainText(`Save ${formatMoney(plan.monthlyForGoal!)} a month towards this goal`);
  await expect(shown).toContainText(`paying ${formatMoney(plan.monthlyIntoAccount!)} a month into ${savings!.name}`);
});

test("invalid input and an over-allocated account show field errors", async ({ bankedUser }) => {
  const { page } = bankedUser;
  let dialog = await openNewGoal(page);
  await dialog.getByLabel(/^Target \(/).fill("10.005");
  await dialog.getByLabel("Target date (optional)").fill("2020-01-01");
  await dialog.getByLabel("Share of the account (%)").fill("150");
  await dialog.getByRole("button", { name: "Create goal" }).click();
  await expect(dialog.getByText("Give the goal a name.")).toBeVisible();
  await expect(dialog.getByText("Use at most 2 decimal places.")).toBeVisible();
  await expect(dialog.getByText("Choose a date after today.")).toBeVisible();
  await expect(dialog.getByText("Choose a share above 0% and at most 100%.")).toBeVisible();

  await dialog.getByLabel("Name").fill("Car");
  await dialog.getByLabel(/^Target \(/).fill("5,000");
  await dialog.getByLabel("Target date (optional)").fill("");
  await dialog.getByLabel("Share of the account (%)").fill("70");
  await dialog.getByRole("button", { name: "Create goal" }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });

  dialog = await openNewGoal(page);
  await dialog.getByLabel("Name").fill("Bike");
  await dialog.getByLabel(/^Target \(/).fill("800");
  await dialog.getByLabel("Share of the account (%)").fill("40");
  await dialog.getByRole("button", { name: "Create goal" }).click();
  await expect(dialog.getByText("Other goals already use 70% of this account; choose at most 30%.")).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByLabel("Name")).toHaveValue("Bike");
});

test("another user can neither change nor delete a user's goal", async ({ bankedUser, otherUser }) => {
  const { page } = bankedUser;
  const [account] = (await (await page.request.get("/api/accounts")).json()) as Account[];
  const body = { name: "Holiday", accountId: account!.id, currency: account!.currency, target: "1,000", targetDate: null, allocationRatio: 0.2 };
  const created = await page.request.post("/api/goals", { headers: { origin: APP_URL }, data: body });
  expect(created.status()).toBe(201);
  const goal = (await created.json()) as SavingsGoal;
  const path = `/api/goals/${goal.id}`;
  expect((await otherUser.page.request.patch(path, { headers: { origin: APP_URL }, data: { ...body, name: "Mine now" } })).status()).toBe(404);
  expect((await otherUser.page.request.delete(path, { headers: { origin: APP_URL } })).status()).toBe(404);
  const [after] = (await (await page.request.get("/api/goals")).json()) as SavingsGoal[];
  expect(after).toMatchObject({ id: goal.id, name: "Holiday", allocationRatio: 0.2 });
});
