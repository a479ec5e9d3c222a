import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import type { Page as ListPage, Transaction } from "../lib/domain";
import { calendarDay } from "../lib/format";
import { londonToday } from "../lib/periods";
import { parseCsv } from "../lib/testing/csv";
import { presetRange } from "../lib/transaction-date-presets";
import { allMatching } from "./api-transactions";
import { expect, test } from "./fixtures";

/*
 * /transactions end to end: filters in the URL, search, the virtualized list, the detail and recategorising, and
 * the CSV export. Demo users are shared, so anything that changes data runs as a fresh (banked) user.
 */

const list = (page: Page) => page.getByRole("group", { name: /Transactions, newest first/ });
const rows = (page: Page) => list(page).getByRole("link");

test("filter by category and dates: only matching rows, and a reload keeps the filters", async ({ page }) => {
  await page.goto("/transactions");
  await expect(rows(page).first()).toBeVisible();
  await page.getByLabel("Dates").selectOption({ label: "Last 3 months" });
  await page.getByLabel("Category", { exact: true }).selectOption({ label: "Food and drink" });
  await expect(page).toHaveURL(/category_l1=food_and_drink/);
  const range = presetRange("3m", londonToday());
  await expect(page).toHaveURL(new RegExp(`from=${range.from}.*to=${range.to}|to=${range.to}.*from=${range.from}`));

  const labels = ["Food and drink", "Groceries", "Coffee", "Alcohol"];
  await expect(rows(page).first()).toBeVisible();
  for (const text of await rows(page).allInnerTexts()) {
    expect(labels.some((label) => text.includes(label)), text).toBe(true);
  }
  // What the list shows is what the API says matches: every one in the category and the range.
  const matching = await allMatching(page.request, `category_l1=food_and_drink&from=${range.from}&to=${range.to}`, 3);
  expect(matching.length).toBeGreaterThan(0);
  for (const transaction of matching) {
    expect(transaction.category?.l1).toBe("food_and_drink");
    expect(calendarDay(transaction.date) >= range.from && calendarDay(transaction.date) <= range.to).toBe(true);
  }

  // Each change is its own history entry: Back takes off the category and keeps the dates; Forward puts it back.
  await page.goBack();
  await expect(page).not.toHaveURL(/category_l1=/);
  await expect(page).toHaveURL(new RegExp(`from=${range.from}`));
  await expect(page.getByLabel("Category", { exact: true })).toHaveValue("");
  await page.goForward();
  await expect(page).toHaveURL(/category_l1=food_and_drink/);

  await page.reload();
  await expect(page.getByLabel("Category", { exact: true })).toHaveValue("food_and_drink");
  await expect(page.getByLabel("Dates")).toHaveValue("3m");
  await expect(rows(page).first()).toBeVisible();
});

test("search finds a merchant, and typing a search clears the category with a note", async ({ page }) => {
  const [first] = (await (await page.request.get("/api/transactions?page_size=50")).json() as ListPage<Transaction>).items.filter(
    (transaction) => transaction.merchant,
  );
  const merchant = first!.merchant!.name;
  await page.goto("/transactions?category_l1=food_and_drink");
  await expect(rows(page).first()).toBeVisible();
  // Typed before the page has hydrated, the text is replaced by the URL's state (seen once in CI): type until it takes.
  await expect(async () => {
    await page.getByLabel("Search transactions").fill(merchant);
    await expect(page.getByText(/A search looks across every category and merchant/)).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByLabel("Category", { exact: true })).toBeDisabled();
  await expect(rows(page).first()).toContainText(merchant);
});

test("scrolling loads the next pages while the DOM holds a bounded number of rows; arrow keys move between rows", async ({ page }) => {
  await page.goto("/transactions");
  await expect(rows(page).first()).toBeVisible();
  let pagesLoaded = 0;
  const detailsFetched: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/transactions/")) detailsFetched.push(request.url());
  });
  page.on("response", (response) => {
    if (response.url().includes("/api/transactions?") && response.url().includes("page_token=")) pagesLoaded++;
  });
  for (let step = 0; step < 12 && pagesLoaded < 2; step++) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
  }
  await expect.poll(() => pagesLoaded).toBeGreaterThanOrEqual(2);
  // The virtualizer's chunk is fetched beside the second page; until it arrives the rows are plain, all in the DOM.
  await expect.poll(() => list(page).locator("[data-index]").count()).toBeLessThan(60);
  // Rows passing through the screen are not prefetched (each would ask the server for a detail page).
  expect(detailsFetched).toEqual([]);

  await page.evaluate(() => window.scrollTo(0, 0));
  await rows(page).first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(rows(page).nth(1)).toBeFocused();
});

test("the heavy customer's list scrolls through several pages", async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  // The heavy demo user (lib/demo/demo-users.ts, which is server-only and so not importable here).
  await page.getByLabel("Email").fill("heavy@budgie.test");
  await page.getByLabel("Password").fill("budgie-demo-2026");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Signed in once the session cookie has taken us home; the overview's widgets need not finish for this test.
  await page.waitForURL("/", { timeout: 30_000 });
  await page.goto("/transactions");
  await expect(rows(page).first()).toBeVisible();
  let pagesLoaded = 0;
  page.on("response", (response) => {
    if (response.url().includes("/api/transactions?") && response.url().includes("page_token=")) pagesLoaded++;
  });
  for (let step = 0; step < 40 && pagesLoaded < 4; step++) {
    await page.mouse.wheel(0, 5000);
    await page.waitForTimeout(250);
  }
  expect(pagesLoaded).toBeGreaterThanOrEqual(4);
  await expect.poll(() => list(page).locator("[data-index]").count()).toBeLessThan(60);
  await context.close();
});

test("a transaction opens in a drawer with its own URL; recategorising with 'all similar' changes those rows", async ({ bankedUser }) => {
  const { page } = bankedUser;
  const items = (await (await page.request.get("/api/transactions?page_size=100")).json() as ListPage<Transaction>).items;
  const source = items.find((transaction) => transaction.merchant && transaction.category?.l1 !== "shopping")!;
  await page.goto(`/transactions?merchant=${source.merchant!.slug}`);
  await rows(page).first().click();
  const drawer = page.getByRole("dialog", { name: "Transaction" });
  await expect(drawer.getByRole("heading", { name: source.merchant!.name })).toBeVisible();
  await expect(page).toHaveURL(/txn=/);
  await page.reload();
  await expect(page.getByRole("dialog", { name: "Transaction" }).getByRole("heading", { name: source.merchant!.name })).toBeVisible();

  await page.getByRole("dialog", { name: "Transaction" }).getByRole("button", { name: "Change" }).click();
  const dialog = page.getByRole("dialog", { name: "Change category" });
  await dialog.getByLabel("Category", { exact: true }).selectOption("shopping");
  await expect(dialog.getByText(/This will also change \d+ similar past transactions? and future ones|No similar past transactions yet/)).toBeVisible();
  await dialog.getByRole("button", { name: "Apply to all similar" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("dialog", { name: "Transaction" }).getByText(/^Shopping · /)).toBeVisible();

  // The list behind updated without a reload: every row of that merchant now reads Shopping.
  await page.getByRole("dialog", { name: "Transaction" }).getByRole("button", { name: "Close" }).click();
  // A row shows the subcategory ("Other shopping"), so match either case.
  await expect(rows(page).first()).toContainText(/shopping/i);
  for (const text of await rows(page).allInnerTexts()) expect(text).toMatch(/shopping/i);
});

test("the export downloads a CSV whose rows match the filter", async ({ page }) => {
  const range = presetRange("last_month", londonToday());
  await page.goto(`/transactions?from=${range.from}&to=${range.to}&direction=out`);
  await expect(rows(page).first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`transactions-${range.from}-to-${range.to}.csv`);
  const text = await readFile((await download.path())!, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const records = parseCsv(text.slice(1));
  const expected = await allMatching(page.request, `from=${range.from}&to=${range.to}&direction=out`);
  expect(records.map((record) => record.transaction_id)).toEqual(expected.map((transaction) => transaction.id));
  for (const record of records) {
    expect(record.date! >= range.from && record.date! <= range.to, record.date).toBe(true);
    expect(record.amount!.startsWith("-") || record.amount === "0.00", record.amount).toBe(true);
  }
});

test("an upstream failure mid-export saves no file and says so", async ({ bankedUser, standIn }) => {
  const { page, customerId } = bankedUser;
  await page.goto("/transactions");
  await expect(rows(page).first()).toBeVisible();
  // The export's first page goes through; every later one fails (retries included).
  const faults = standIn.faultsFor(customerId);
  await faults.add({ path: "/financial/v2/transactions", latencyMs: 0, times: 1 });
  await faults.add({ path: "/financial/v2/transactions", status: 500 });
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.getByRole("button", { name: "Export CSV" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The export stopped part-way, so no file was saved." })).toBeVisible({ timeout: 30_000 });
  expect(downloaded).toBe(false);
});

test("a failing list says so and offers Retry", async ({ bankedUser, standIn }) => {
  const { page, customerId } = bankedUser;
  const faults = standIn.faultsFor(customerId);
  await faults.add({ path: "/financial/v2/transactions", status: 500 });
  await page.goto("/transactions?direction=in");
  await expect(page.getByText("We couldn’t load your transactions")).toBeVisible({ timeout: 30_000 });
  await faults.clear();
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(rows(page).first()).toBeVisible();
});

test("a failing total says so and offers Retry, while the list goes on working", async ({ bankedUser, standIn }) => {
  const { page, customerId } = bankedUser;
  const faults = standIn.faultsFor(customerId);
  await faults.add({ path: "/aggregations/v2/totals/categories", status: 500 });
  await page.goto("/transactions");
  const totals = page.getByRole("region", { name: "Totals" });
  await expect(totals.getByText("We couldn’t add these transactions up")).toBeVisible({ timeout: 30_000 });
  await expect(rows(page).first()).toBeVisible();
  await faults.clear();
  await totals.getByRole("button", { name: "Retry" }).click();
  await expect(totals.getByText("Money in")).toBeVisible({ timeout: 30_000 });
});

test("bad filters in the URL are explained, never a crash; another user's transaction is a 404", async ({ page }) => {
  await page.goto("/transactions?from=2026-02-30&q=%3Cscript%3Ealert(1)%3C/script%3E");
  await expect(page.getByText(/These filters can’t be used/)).toBeVisible();
  const api = await page.request.get("/api/transactions?page_size=100000&q=" + "x".repeat(10_240));
  expect(api.status()).toBe(400);
  const response = await page.goto(`/transactions/${calendarDay(new Date())}~not-my-account~0123456789abcdef`);
  expect(response?.status()).toBe(404);
});
