import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { APP_URL } from "./env";
import { clockNow } from "./stand-in";
import { formatMoney } from "../lib/format";
import type { Budget, Page as ListPage, Transaction } from "../lib/domain";

/*
 * Budgets, end to end against the stand-in: create, see Bud's `spent`, edit, a refused edit that keeps what was
 * typed, delete with undo, field errors, and another user's budget out of reach.
 */

// Each journey makes several round trips to the app and the stand-in (create, read back, edit); under a loaded
// machine that takes longer than the default budget for one test.
test.describe.configure({ timeout: 120_000 });

const GBP = (minor: number) => formatMoney({ minor, currency: "GBP" });

/**
 * The stand-in's groceries debits in the current monthly period (from day 1, in UTC days as the stand-in counts
 * them), summed from the transactions it serves for this customer.
 */
async function groceriesSpentThisMonth(page: Page): Promise<number> {
  const { today } = await clockNow();
  const from = `${today.slice(0, 7)}-01`;
  let spent = 0;
  let token: string | null = null;
  do {
    const query: string = `page_size=200${token ? `&page_token=${encodeURIComponent(token)}` : ""}`;
    const list = (await (await page.request.get(`/api/transactions?${query}`)).json()) as ListPage<Transaction>;
    for (const transaction of list.items) {
      const day = transaction.date.slice(0, 10);
      if (day < from || day > today) continue;
      if (transaction.category?.l2 === "groceries" && transaction.amount.minor < 0 && transaction.amount.currency === "GBP") {
        spent -= transaction.amount.minor;
      }
    }
    // Newest first: once a page ends before the period, the rest is older still.
    token = list.items.at(-1) && list.items.at(-1)!.date.slice(0, 10) >= from ? list.nextPageToken : null;
  } while (token);
  return spent;
}

async function createGroceriesBudget(page: Page, limit: string) {
  await page.getByRole("button", { name: "New budget" }).click();
  const dialog = page.getByRole("dialog", { name: "New budget" });
  await dialog.getByLabel("Name").fill("Groceries");
  await dialog.getByLabel("Limit").fill(limit);
  await dialog.getByRole("combobox", { name: /Add a category/ }).selectOption("food_and_drink");
  await dialog.getByRole("checkbox", { name: "Groceries" }).check();
  await dialog.getByRole("button", { name: "Create budget" }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
}

const card = (page: Page, name: string) => page.getByRole("list", { name: "Budgets" }).getByRole("listitem").filter({ hasText: name });

test("a monthly groceries budget shows the stand-in's groceries spending, and edits update what is left", async ({ bankedUser }) => {
  const { page } = bankedUser;
  await page.goto("/budgets");
  await expect(page.getByRole("heading", { name: "No budgets yet" })).toBeVisible({ timeout: 20_000 });
  await createGroceriesBudget(page, "£250");

  const spent = await groceriesSpentThisMonth(page);
  const groceries = card(page, "Groceries");
  await expect(groceries).toContainText(`${GBP(spent)} spent of £250.00`, { timeout: 20_000 });
  await expect(groceries).toContainText(spent <= 25000 ? `${GBP(25000 - spent)} left` : `${GBP(spent - 25000)} over`);

  await groceries.getByRole("button", { name: "Edit Groceries" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit “Groceries”" });
  await dialog.getByLabel("Limit").fill("1,200");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(groceries).toContainText(`${GBP(spent)} spent of £1,200.00`);
  await expect(groceries).toContainText(`${GBP(120000 - spent)} left`);
});

test("a suggestion from the empty state creates its monthly budget in one click", async ({ bankedUser }) => {
  const { page } = bankedUser;
  await page.goto("/budgets");
  const suggestion = page.getByRole("list", { name: "Suggested budgets" }).getByRole("button").first();
  await expect(suggestion).toBeVisible({ timeout: 20_000 });
  // "Food and drink £380.00 a month": the budget takes the category's name and that monthly average as its limit.
  const [, name = "", limit = ""] = /^\s*(.+?) (£[\d,.]+) a month$/.exec((await suggestion.textContent()) ?? "") ?? [];
  await suggestion.click();
  await expect(page.getByText(`“${name}” created`)).toBeVisible({ timeout: 20_000 });
  await expect(card(page, name)).toContainText(`spent of ${limit}`);
});

test("when the stand-in fails the edit, the dialog stays open with what was typed and the card rolls back", async ({ bankedUser, standIn }) => {
  const { page } = bankedUser;
  await page.goto("/budgets");
  await createGroceriesBudget(page, "300");
  await standIn.faultsFor(bankedUser.customerId).add({ method: "PATCH", path: "/goals/v1/spending-budgets/*", status: 500 });

  await card(page, "Groceries").getByRole("button", { name: "Edit Groceries" }).click();
  const dialog = page.getByRole("dialog", { name: "Edit “Groceries”" });
  await dialog.getByLabel("Name").fill("Food shop");
  await dialog.getByLabel("Limit").fill("999");
  await dialog.getByRole("button", { name: "Save changes" }).click();
  await expect(dialog.getByRole("alert")).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByLabel("Name")).toHaveValue("Food shop");
  await expect(dialog.getByLabel("Limit")).toHaveValue("999");
  // The modal hides the page from assistive tech (and role queries) while open: close it, then read the card.
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(card(page, "Groceries")).toContainText("spent of £300.00");
});

test("invalid input shows field errors and creates nothing", async ({ bankedUser }) => {
  const { page } = bankedUser;
  await page.goto("/budgets");
  await page.getByRole("button", { name: "New budget" }).click();
  const dialog = page.getByRole("dialog", { name: "New budget" });
  await dialog.getByLabel("Limit").fill("12.345");
  await dialog.getByRole("button", { name: "Create budget" }).click();
  await expect(dialog.getByText("Give the budget a name.")).toBeVisible();
  await expect(dialog.getByText("Use at most 2 decimal places.")).toBeVisible();
  await expect(dialog.getByLabel("Limit")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Limit").fill("0");
  await dialog.getByRole("button", { name: "Create budget" }).click();
  await expect(dialog.getByText("Enter an amount above zero.")).toBeVisible();
  expect(((await (await page.request.get("/api/budgets")).json()) as Budget[]).length).toBe(0);
  // Escape closes it and a keyboard user is back on the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("button", { name: "New budget" })).toBeFocused();
});

test("delete offers Undo, which keeps the same budget; without it the budget is gone", async ({ bankedUser }) => {
  const { page } = bankedUser;
  await page.goto("/budgets");
  await createGroceriesBudget(page, "200");
  const [created] = (await (await page.request.get("/api/budgets")).json()) as Budget[];

  await card(page, "Groceries").getByRole("button", { name: "Delete Groceries" }).click();
  await expect(card(page, "Groceries")).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(card(page, "Groceries")).toBeVisible();
  await page.reload();
  await expect(card(page, "Groceries")).toBeVisible({ timeout: 20_000 });
  expect(((await (await page.request.get("/api/budgets")).json()) as Budget[]).map((budget) => budget.id)).toEqual([created!.id]);

  await card(page, "Groceries").getByRole("button", { name: "Delete Groceries" }).click();
  await expect(page.getByRole("button", { name: "Undo" })).toBeHidden({ timeout: 15_000 });
  await expect.poll(async () => ((await (await page.request.get("/api/budgets")).json()) as Budget[]).length, { timeout: 15_000 }).toBe(0);
});

test("another user can neither read nor change a user's budget", async ({ bankedUser, otherUser }) => {
  const { page } = bankedUser;
  const created = await page.request.post("/api/budgets", {
    headers: { origin: APP_URL },
    data: { name: "Groceries", amount: "250", currency: "GBP", period: "monthly", startingDay: 1, categories: [{ l1: "food_and_drink", l2: [] }], merchants: [] },
  });
  expect(created.status()).toBe(201);
  const budget = (await created.json()) as Budget;
  const path = `/api/budgets/${budget.id}`;
  const other = otherUser.page.request;
  expect((await other.get(path)).status()).toBe(404);
  expect((await other.get(`${path}/transactions`)).status()).toBe(404);
  expect((await other.patch(path, { headers: { origin: APP_URL }, data: { name: "Mine now", amount: "1", currency: "GBP", period: "monthly", startingDay: 1, categories: [], merchants: [] } })).status()).toBe(404);
  expect((await other.delete(path, { headers: { origin: APP_URL } })).status()).toBe(404);
  await otherUser.page.goto(`/budgets/${budget.id}`);
  await expect(otherUser.page.getByRole("heading", { level: 1 })).toContainText(/not found|couldn’t find/i);

  const after = (await (await page.request.get(path)).json()) as Budget;
  expect(after).toMatchObject({ id: budget.id, name: "Groceries", limit: budget.limit });
});

test("a budget's page lists its spending and steps back to the previous period", async ({ bankedUser }) => {
  const { page } = bankedUser;
  await page.goto("/budgets");
  await createGroceriesBudget(page, "250");
  await card(page, "Groceries").getByRole("link", { name: "Groceries" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Groceries" })).toBeVisible({ timeout: 20_000 });
  const spending = page.getByRole("region", { name: "Spending in this period" });
  await expect(spending.getByText(/That’s everything|Load more|No transactions yet/).first()).toBeVisible({ timeout: 20_000 });
  await page.getByRole("link", { name: "Previous period" }).click();
  await expect(page).toHaveURL(/\?day=\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByText("This period ended on")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("link", { name: "Next period" })).toBeVisible();
});
