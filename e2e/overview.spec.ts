import { formatMoney } from "../lib/format";
import { parseMoney } from "../lib/money";
import { expect, test } from "./fixtures";
import { demoAccountsFromStandIn } from "./stand-in";

test("the overview shows every account the stand-in holds, with en-GB balances", async ({ demoPage: page }) => {
  const accounts = await demoAccountsFromStandIn();
  expect(accounts.length).toBeGreaterThan(0);
  await page.goto("/");
  const section = page.getByRole("region", { name: "Your accounts" });
  for (const account of accounts) {
    const name = account.account_name || account.suggested_name;
    const booked = account.balances!.booked!;
    const balance = formatMoney(parseMoney(booked.amount.value, booked.amount.currency, booked.credit_debit_indicator));
    const row = section.getByRole("listitem").filter({ has: page.getByRole("link", { name }) });
    await expect(row).toContainText(balance);
    await expect(row).not.toContainText(/Pending/);
  }
  await expect(section.getByText("Net position")).toBeVisible();
  await expect(section.getByText(/^£[\d,]+\.\d\d$/).first()).toBeVisible();
});

test("the overview lists the ten most recent transactions, debits with a true minus sign", async ({ demoPage: page }) => {
  await page.goto("/");
  const recent = page.getByRole("region", { name: "Recent transactions" });
  await expect(recent.getByRole("listitem")).toHaveCount(10);
  await expect(recent.getByText(/^\u2212£[\d,]+\.\d\d$/).first()).toBeVisible();
  await expect(recent.getByText(/^-£/)).toHaveCount(0);
  await expect(recent.getByRole("link", { name: "View all" })).toHaveAttribute("href", "/transactions");
});

test("a card leads with what is left to spend; balances after pending are labelled as such", async ({ demoPage: page }) => {
  await page.goto("/");
  const section = page.getByRole("region", { name: "Your accounts" });
  const card = section.getByRole("listitem").filter({ hasText: "Credit card" }).first();
  await expect(card.getByText("available", { exact: true })).toBeVisible();
  await expect(card.getByText("Credit limit")).toBeVisible();
  await expect(section.getByText("After pending").first()).toBeVisible();
});

test("the greeting echoes only a plain first name", async ({ demoPage: page }) => {
  await page.goto("/");
  await expect(page.getByText(/^Good to see you(, [\p{L}'’-]+)?\.$/u)).toBeVisible();
});

test("when the stand-in fails, the accounts widget says so and Retry recovers", async ({ bankedUser, standIn }) => {
  const { page } = bankedUser;
  const faults = standIn.faultsFor(bankedUser.customerId);
  await faults.add({ method: "GET", path: "/financial/v3/accounts", status: 503 });
  await page.goto("/");
  const section = page.getByRole("region", { name: "Your accounts" });
  await expect(section.getByText("We couldn’t load your accounts")).toBeVisible({ timeout: 30_000 });
  // Failing calls soon open the circuit breaker, whose message then replaces the per-call one.
  await expect(
    section.getByText(/^(We couldn’t reach your bank data just now|Bud is unavailable right now)/),
  ).toBeVisible();
  // The rest of the page still works.
  await expect(page.getByRole("region", { name: "Recent transactions" }).getByRole("listitem")).toHaveCount(10);

  await faults.clear();
  await section.getByRole("button", { name: "Retry" }).click();
  await expect(section.getByText("Net position")).toBeVisible({ timeout: 15_000 });
});

test("a fault scoped to one customer leaves everyone else's pages alone", async ({ bankedUser, standIn, demoPage }) => {
  await standIn.faultsFor(bankedUser.customerId).add({ path: "/financial/*", status: 503 });
  const response = await bankedUser.page.request.get("/api/accounts");
  expect(response.status()).toBe(503);
  await demoPage.goto("/");
  await expect(demoPage.getByRole("region", { name: "Your accounts" }).getByText("Net position")).toBeVisible();
});
