import { Account } from "../lib/domain";
import { formatDate, formatMoney } from "../lib/format";
import { shortfalls } from "../lib/insights/shortfall";
import { toWireAmount } from "../lib/money";
import { UpcomingResult } from "../lib/schemas/insights";
import { seriousViolations } from "./axe";
import { expect, test } from "./fixtures";
import { settleSinglePayment, type SandboxProvider } from "./stand-in";

const LEFT_MINOR = 500;

test("a drained current account warns about its next bill, and the transfer opens the form filled in", async ({ bankedUser }) => {
  const { page, connection } = bankedUser;
  const readAccounts = async () => Account.array().parse(await (await page.request.get("/api/accounts")).json());
  const current = (await readAccounts()).find(
    (account) => account.kind === "current" && account.currency === "GBP" && account.provider.id === connection.provider && !account.isClosed,
  );
  expect(current?.booked, "the bank has a current account in pounds").toBeTruthy();
  const balance = current!.booked!.minor;
  expect(balance, "the current account holds more than what is left after the drain").toBeGreaterThan(LEFT_MINOR);

  // Everything but £5 goes to an outside payee, straight through the stand-in (the payment journey has its own spec).
  const drain = toWireAmount({ minor: balance - LEFT_MINOR, currency: "GBP" }).value;
  await settleSinglePayment({ userId: bankedUser.userId, provider: connection.provider as SandboxProvider, amount: drain, reference: "Drain" });
  await expect
    .poll(async () => (await readAccounts()).find((account) => account.id === current!.id)?.booked?.minor, { timeout: 10_000 })
    .toBe(LEFT_MINOR);

  // What the page should say, from the same data the page reads.
  const accounts = await readAccounts();
  const upcoming = UpcomingResult.parse(await (await page.request.get("/api/insights/upcoming")).json());
  const warning = shortfalls(accounts, upcoming.series, upcoming.today).find((item) => item.account.id === current!.id);
  expect(warning, "a bill over £5 is expected on the current account within the fortnight").toBeDefined();
  const { payment, short, shortfall, source } = warning!;
  expect(source, "another account holds the shortfall").not.toBeNull();

  await page.goto("/");
  const region = page.getByRole("region", { name: "Balance warnings" });
  await expect(region.getByRole("heading", { name: `Your balance may not cover ${payment.description} on ${formatDate(`${payment.date}T12:00:00Z`)}` })).toBeVisible();
  await expect(region.getByText(`${current!.name} is ${formatMoney(short)} short.`)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await region.getByRole("link", { name: `Move ${formatMoney(shortfall)} from ${source!.name}` }).click();

  await expect(page).toHaveURL(/\/payments\/new\?/);
  await expect(page.getByLabel("Amount (£)")).toHaveValue(toWireAmount(shortfall).value);
  await expect(page.getByLabel("Your account", { exact: true })).toHaveValue(current!.id);
  await expect(page.getByRole("group", { name: "Pay from" }).getByRole("radio", { name: new RegExp(source!.provider.name) })).toBeChecked();
});
