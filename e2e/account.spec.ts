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
  await expect(transactions.getByRole("status")).toHaveText("50 transactions");
  await transactions.getByRole("button", { name: "Load more" }).click();
  await expect(transactions.getByRole("listitem")).toHaveCount(100);
  await expect(transactions.getByRole("status")).toHaveText("100 transactions");
});

test("an unknown or foreign account id is a not-found page", async ({ page }) => {
  await page.goto("/accounts/not-an-account-of-yours");
  await expect(page.getByRole("heading", { level: 1, name: "We couldn’t find that page" })).toBeVisible();
  await page.getByRole("link", { name: "Back to Overview" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
});

test("sections not built yet say so instead of a 404", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Budgets" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Budgets" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Coming soon" })).toBeVisible();
});
