import { formatDate } from "../lib/format";
import { recurringPayments, seriesName } from "../lib/insights/upcoming";
import { UpcomingResult } from "../lib/schemas/insights";
import { expect, test } from "./fixtures";

test("subscriptions are named by their merchant, each with its next date, beside a calendar of the months ahead", async ({ demoPage: page }) => {
  const upcoming = UpcomingResult.parse(await (await page.request.get("/api/insights/upcoming")).json());
  const subscriptions = recurringPayments(upcoming.series, upcoming.today).filter((payment) => payment.series.subscription);
  // The demo customer is seeded with monthly subscriptions, so there are always some to show.
  expect(subscriptions.length).toBeGreaterThan(0);
  await page.goto("/upcoming");
  const list = page.getByRole("region", { name: "Subscriptions" }).getByRole("listitem");
  await expect(list).toHaveCount(subscriptions.length);
  const first = subscriptions[0]!;
  // Bud's merchant ("Netflix"), never the bank's raw description ("NETFLIX.COM AMSTERDAM NLD"), when Bud knows it.
  expect(first.series.merchant?.name).toBeTruthy();
  await expect(list.first()).toContainText(seriesName(first.series));
  await expect(list.first()).toContainText(`next ${formatDate(first.next.date)}`);
  await expect(page.getByRole("region", { name: "Next three months" }).getByRole("table")).toHaveCount(3);
});

test("when Bud's projections fail, the lists say so and Retry brings them", async ({ bankedUser, standIn }) => {
  const { page } = bankedUser;
  const faults = standIn.faultsFor(bankedUser.customerId);
  await faults.add({ method: "GET", path: "/v2/future-transactions", status: 503 });
  await page.goto("/upcoming");
  const problem = page.getByText("We couldn’t load your regular payments");
  await expect(problem).toBeVisible({ timeout: 30_000 });
  await faults.clear();
  await page.getByRole("button", { name: "Retry" }).first().click();
  await expect(problem).toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByRole("heading", { name: /Subscriptions|Regular payments and income/ }).first()).toBeVisible();
});
