import { expect, test } from "@playwright/test";
import { formatMoney } from "../lib/format";
import { parseMoney } from "../lib/money";
import { demoAccountsFromStandIn } from "./stand-in";

test("account detail shows the account's balance and pages through its transactions", async ({ page }) => {
  const [account] = await demoAccountsFromStandIn();
  const name = account!.account_name || account!.suggested_name;
  const booked = account!.balances!.booked!;

  await page.goto("/");
  await page.getByRole("region", { name: "Your accounts" }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).toHaveTitle(`${name} · Budgie`);
  await expect(page.getByText(formatMoney(parseMoney(booked.amount.value, booked.amount.currency, booked.credit_debit_indicator))).first()).toBeVisible();

  const transactions = page.getByRole("region", { name: "Transactions" });
  await expect(transactions.getByRole("listitem")).toHaveCount(50);
  await transactions.getByRole("button", { name: "Load more" }).click();
  await expect(transactions.getByRole("listitem")).toHaveCount(100);
  // The number loaded is not a total (Bud gives none), so no count is shown that would read as one.
  await expect(transactions).not.toContainText(/\d+ transactions/);
});

test("an unknown or foreign account id is a real 404, inside the app shell", async ({ page }) => {
  const response = await page.goto("/accounts/not-an-account-of-yours");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn’t find that page" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeAttached();
  await page.getByRole("link", { name: "Back to Overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
});

test("an unknown address is a 404 inside the app shell, and an unknown API path answers our JSON error", async ({ page }) => {
  const response = await page.goto("/no-such-page/at-all");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "We couldn’t find that page" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeAttached();

  const api = await page.request.get("/api/no-such-endpoint");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: { code: "not_found", message: expect.any(String) } });
});

test("every section in the nav opens a page of that name, none of them a dead end", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  const labels = await nav.getByRole("link").allInnerTexts();
  expect(labels.length).toBe(10);
  for (const label of labels.slice(1)) {
    await nav.getByRole("link", { name: label, exact: true }).click();
    // "Goals" opens "Savings goals".
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^(Savings )?${label}$`, "i") })).toBeVisible();
  }
});
