import type { Account } from "../lib/domain";
import { formatMoney, humanizeSlug } from "../lib/format";
import { parseMoney } from "../lib/money";
import { londonToday, rangeInstants, resolvePeriod, shiftMonths } from "../lib/periods";
import { allMatching } from "./api-transactions";
import { expect, test } from "./fixtures";
import { demoFromStandIn } from "./stand-in";

interface WireTotal {
  amount: { value: string; currency: string };
}
interface WireCategory {
  name: string;
  credit_total?: WireTotal[];
  debit_total?: WireTotal[];
}

const OWN_ACCOUNT_TRANSFERS = "pensions_savings_and_investments.savings,borrowing_and_loans.credit_cards";

const minorIn = (totals: WireTotal[] | undefined, direction: "credit" | "debit") =>
  (totals ?? [])
    .filter((total) => total.amount.currency === "GBP")
    .reduce((sum, total) => sum + parseMoney(total.amount.value, "GBP", direction).minor, 0);

/** This month's spending per category as the stand-in computes it: debits net of refunds, income and own transfers left out. */
async function standInSpendingThisMonth() {
  const today = londonToday();
  const range = resolvePeriod({ kind: "month", month: today.slice(0, 7) }, today);
  const { from, to } = rangeInstants(range);
  const query = new URLSearchParams({ from, to, exclude_category: OWN_ACCOUNT_TRANSFERS });
  const { data } = await demoFromStandIn<{ data: WireCategory[] | null }>(`/aggregations/v2/totals/categories?${query}`);
  const spends = (data ?? [])
    .filter((category) => category.name !== "income")
    .map((category) => ({ name: category.name, minor: -(minorIn(category.debit_total, "debit") + minorIn(category.credit_total, "credit")) }))
    .filter((spend) => spend.minor > 0)
    .sort((a, b) => b.minor - a.minor);
  return { range, spends };
}

test("the overview's spending legend shows the categories and amounts the stand-in computes this month", async ({ demoPage: page }) => {
  const { spends } = await standInSpendingThisMonth();
  await page.goto("/");
  const spending = page.getByRole("region", { name: "Spending this month" });
  if (spends.length === 0) {
    // Early on the 1st the demo customer may not have spent anything yet: the widget must say so, not draw nothing.
    await expect(spending.getByText("Not enough data yet")).toBeVisible();
    return;
  }
  const legend = spending.getByRole("list", { name: "Spending by category in GBP" });
  const shown = spends.length <= 7 ? spends : spends.slice(0, 6);
  for (const spend of shown) {
    await expect(legend.getByRole("link", { name: new RegExp(`^${humanizeSlug(spend.name)}`) })).toContainText(
      formatMoney({ minor: spend.minor, currency: "GBP" }),
    );
  }
  if (spends.length > 7) {
    const other = spends.slice(6).reduce((sum, spend) => sum + spend.minor, 0);
    await expect(legend.getByRole("link", { name: /^Other/ })).toContainText(formatMoney({ minor: other, currency: "GBP" }));
  }
});

/** Last month: whole, so the demo customer always has spending in it, whatever today's date. */
const lastMonth = () => shiftMonths(londonToday(), -1).slice(0, 7);

test("a category clicked on Spending opens the transaction list filtered to it, whose total is the amount clicked", async ({ demoPage: page }) => {
  const range = resolvePeriod({ kind: "month", month: lastMonth() }, londonToday());
  await page.goto(`/spending?period=${lastMonth()}`);
  const top = page.getByRole("region", { name: "By category" }).getByRole("listitem").first().getByRole("link");
  const [name, amount] = [(await top.locator("span.truncate").textContent())!, (await top.locator(".tabular-nums").first().textContent())!];
  await top.click();
  await expect(page).toHaveURL(/\/transactions\?/);
  // Exactly the list's filters that made the number, and the list adds them up to that number.
  const filters = Object.fromEntries(new URL(page.url()).searchParams);
  expect(filters).toEqual({ category_l1: expect.any(String), from: range.from, to: range.to });
  expect(humanizeSlug(filters.category_l1!)).toBe(name);
  const totals = page.getByRole("region", { name: "Totals" });
  await expect(totals.getByRole("definition").first()).toHaveText(amount);
  await expect(totals).toContainText("Spent");
  await expect(page.getByRole("group", { name: /Transactions, newest first/ }).getByRole("link").first()).toBeVisible();
  // And that total is the rows the list holds, added up (declined ones never count).
  const rows = await allMatching(page.request, new URL(page.url()).search.slice(1));
  const net = rows.filter((row) => row.status !== "declined" && row.amount.currency === "GBP").reduce((sum, row) => sum + row.amount.minor, 0);
  expect(formatMoney({ minor: -net, currency: "GBP" })).toBe(amount);
});

test("a merchant clicked on Spending opens its transactions, whose total is the amount clicked", async ({ demoPage: page }) => {
  await page.goto(`/spending?period=${lastMonth()}`);
  const top = page.getByRole("region", { name: "Top merchants" }).getByRole("link").first();
  const amount = (await top.locator(".tabular-nums").textContent())!;
  await top.click();
  await expect(page).toHaveURL(/merchant=/);
  await expect(page.getByRole("region", { name: "Totals" }).getByRole("definition").first()).toHaveText(amount);
});

test("a search has no total, and says why", async ({ demoPage: page }) => {
  await page.goto("/transactions?q=coffee");
  await expect(page.getByRole("region", { name: "Totals" })).toHaveText("Totals aren’t available for a search or an amount range.");
});

test("a period change updates the balance chart, and its table has the stand-in's figures", async ({ demoPage: page }) => {
  await page.goto("/");
  const netWorth = page.getByRole("region", { name: "Net worth" });
  await netWorth.getByRole("button", { name: /^Show as table/ }).click();
  const rows = netWorth.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  const threeMonths = await rows.count();

  await netWorth.getByRole("button", { name: /^1Y/ }).click();
  await expect(netWorth.getByRole("button", { name: /^1Y/ })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => rows.count()).not.toBe(threeMonths);

  // A year is shown weekly: the table's last total is the stand-in's accounts added up on that day.
  const range = resolvePeriod({ kind: "rolling", preset: "1y" }, londonToday());
  const query = new URLSearchParams({ ...rangeInstants(range), granularity: "weekly" });
  const { data } = await demoFromStandIn<{
    data: { balances: { date: string; booked: { amount: { value: string; currency: string }; credit_debit_indicator: "credit" | "debit" } }[] }[];
  }>(`/financial/v3/balances?${query}`);
  const dates = new Set(data.flatMap((account) => account.balances.map((point) => point.date.slice(0, 10))));
  await expect(rows).toHaveCount(dates.size + 1);
  const lastDate = [...dates].sort().at(-1)!;
  const total = data
    .map((account) => account.balances.filter((point) => point.date.slice(0, 10) <= lastDate && point.booked.amount.currency === "GBP").at(-1))
    .reduce((sum, point) => sum + (point ? parseMoney(point.booked.amount.value, "GBP", point.booked.credit_debit_indicator).minor : 0), 0);
  await expect(rows.last()).toContainText(formatMoney({ minor: total, currency: "GBP" }));
});

test("a failing aggregation shows its own error and Retry while the rest of the overview works", async ({ bankedUser, standIn }) => {
  const { page } = bankedUser;
  const faults = standIn.faultsFor(bankedUser.customerId);
  await faults.add({ method: "GET", path: "/v2/merchants/totals", status: 503 });
  await page.goto("/");
  const merchants = page.getByRole("region", { name: "Top merchants this month" });
  await expect(merchants.getByText("We couldn’t load your merchants")).toBeVisible({ timeout: 30_000 });
  await expect(merchants.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your accounts" }).getByText("Net position")).toBeVisible();
  // Its content, whichever the day allows: a customer connected today may have nothing this month yet (the 1st).
  await expect(page.getByRole("region", { name: "Money in and out" }).getByText(/^(Money in|Not enough data yet)$/)).toBeVisible();

  await faults.clear();
  await merchants.getByRole("button", { name: "Retry" }).click();
  await expect(merchants.getByText("We couldn’t load your merchants")).toHaveCount(0, { timeout: 30_000 });
});

test("bad periods, spacings and accounts are refused with a 400 or 404 in our error shape", async ({ demoPage: page }) => {
  const cases: [string, number, string][] = [
    ["/api/insights/categories?period=2026-03-31..2026-01-01", 400, "invalid_input"],
    ["/api/insights/categories?period=2015-01-01..2026-01-01", 400, "invalid_input"],
    ["/api/insights/categories?period=someday", 400, "invalid_input"],
    ["/api/insights/balances?period=2021-12-01..2026-11-01&granularity=daily", 400, "invalid_input"],
    ["/api/insights/categories?period=1m&account_id=not-an-account-of-yours", 404, "not_found"],
  ];
  for (const [path, status, code] of cases) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(status);
    expect(await response.json(), path).toMatchObject({ error: { code, message: expect.any(String) } });
  }
});

test("the spending page shows this month instead of a reversed period, and says so", async ({ demoPage: page }) => {
  // Four aggregations load for the page and again for the month stepped to; the URL changes once they land.
  test.slow();
  await page.goto("/spending?period=2026-03-31..2026-01-01");
  await expect(page.getByRole("alert").filter({ hasText: "Showing this month instead" })).toBeVisible();
  await expect(page.getByRole("button", { name: "This month" })).toHaveAttribute("aria-pressed", "true");
  await page.getByRole("button", { name: "Previous month" }).click();
  await expect(page).toHaveURL(/period=\d{4}-\d{2}$/, { timeout: 60_000 });
});

test("hiding an account takes its balance out of the net position, and including it again puts it back", async ({ bankedUser }) => {
  // Three overview loads and two account pages: over the default budget on a slow 2-core machine (49 s in one CI run).
  test.slow();
  const { page } = bankedUser;
  const accounts = (await (await page.request.get("/api/accounts")).json()) as Account[];
  const counted = accounts.filter((account) => account.booked?.currency === "GBP" && !account.isClosed);
  const hidden = counted.find((account) => account.booked!.minor !== 0)!;
  const net = counted.reduce((sum, account) => sum + account.booked!.minor, 0);
  const netPosition = page.getByRole("region", { name: "Your accounts" }).getByRole("list", { name: "Net position by currency" });

  await page.goto("/");
  await expect(netPosition).toHaveText(formatMoney({ minor: net, currency: "GBP" }));

  await page.goto(`/accounts/${encodeURIComponent(hidden.id)}`);
  const include = page.getByRole("switch", { name: "Include in totals" });
  await expect(include).toBeChecked();
  await include.click();
  await expect(page.getByText(`“${hidden.name}” is hidden from totals`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hidden from totals");

  await page.goto("/");
  await expect(netPosition).toHaveText(formatMoney({ minor: net - hidden.booked!.minor, currency: "GBP" }));
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: hidden.name, exact: true }) });
  await expect(page.getByRole("region", { name: "Your accounts" }).locator(row)).toContainText("Hidden from totals");

  await page.goto(`/accounts/${encodeURIComponent(hidden.id)}`);
  await include.click();
  await expect(include).toBeChecked();
  await expect(page.getByText(`“${hidden.name}” counts in totals again`)).toBeVisible();
  await page.goto("/");
  await expect(netPosition).toHaveText(formatMoney({ minor: net, currency: "GBP" }));
});
