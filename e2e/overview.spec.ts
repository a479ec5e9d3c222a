import { expect, test } from "@playwright/test";
import { formatMoney } from "../lib/format";
import { parseMoney } from "../lib/money";
import { addFault, clearFaults, demoAccountsFromStandIn } from "./stand-in";

test.afterEach(() => clearFaults());

test("the overview shows every account the stand-in holds, with en-GB balances", async ({ page }) => {
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
  }
  await expect(section.getByText("Net position")).toBeVisible();
  await expect(section.getByText(/^£[\d,]+\.\d\d$/).first()).toBeVisible();
});

test("the overview lists the ten most recent transactions", async ({ page }) => {
  await page.goto("/");
  const recent = page.getByRole("region", { name: "Recent transactions" });
  await expect(recent.getByRole("listitem")).toHaveCount(10);
  await expect(recent.getByText(/^[-+]£[\d,]+\.\d\d$/).first()).toBeVisible();
});

test("when the stand-in fails, the accounts widget says so and Retry recovers", async ({ page }) => {
  await addFault({ method: "GET", path: "/financial/v3/accounts", status: 503 });
  await page.goto("/");
  const section = page.getByRole("region", { name: "Your accounts" });
  await expect(section.getByText("We couldn’t load your accounts")).toBeVisible({ timeout: 30_000 });
  // Failing calls soon open the circuit breaker, whose message then replaces the per-call one.
  await expect(
    section.getByText(/^(We couldn’t reach your bank data just now|Bud is unavailable right now)/),
  ).toBeVisible();
  // The rest of the page still works.
  await expect(page.getByRole("region", { name: "Recent transactions" }).getByRole("listitem")).toHaveCount(10);

  await clearFaults();
  await section.getByRole("button", { name: "Retry" }).click();
  await expect(section.getByText("Net position")).toBeVisible({ timeout: 15_000 });
});
