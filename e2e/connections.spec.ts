import { expect, test } from "./fixtures";
import { attachBank, connectionsOf } from "./stand-in";

/* /connections: one card per bank, and what a customer does with each. Fresh users only: every test changes data. */

test.describe.configure({ timeout: 120_000 });

const card = (page: import("@playwright/test").Page, bank: string) =>
  page.getByRole("list", { name: "Connected banks" }).getByRole("listitem").filter({ has: page.getByRole("heading", { name: bank }) });

test("refresh shows what it brought; revoke keeps the data and disables refresh; delete removes the accounts", async ({ bankedUser, standIn }) => {
  const { page } = bankedUser;
  await attachBank({ customerId: bankedUser.customerId }, "Barclays_Sandbox");
  await standIn.advanceClock(2);
  await page.goto("/connections");
  const natwest = card(page, "NatWest Sandbox");
  await expect(natwest.getByText("Active")).toBeVisible({ timeout: 30_000 });

  await natwest.getByRole("button", { name: "Refresh now" }).click();
  await expect(page.getByText(/\d+ new transactions? from NatWest Sandbox/)).toBeVisible({ timeout: 60_000 });
  await natwest.getByRole("button", { name: "Refresh now" }).click();
  await expect(page.getByText(/NatWest Sandbox was refreshed moments ago/)).toBeVisible({ timeout: 30_000 });

  await natwest.getByRole("button", { name: "Revoke access" }).click();
  const dialog = page.getByRole("dialog", { name: "Revoke Budgie’s access to NatWest Sandbox?" });
  await expect(dialog).toContainText("stay in Budgie");
  await dialog.getByRole("button", { name: "Revoke access" }).click();
  await expect(natwest.getByText("Revoked", { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(natwest.getByRole("button", { name: "Refresh now" })).toBeDisabled();
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Your accounts" }).getByText("NatWest Sandbox").first()).toBeVisible({ timeout: 30_000 });

  await page.goto("/connections");
  const barclays = card(page, "Barclays Sandbox");
  await barclays.getByRole("button", { name: "Delete this bank’s data" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete data" }).click();
  // The dialog stays open until Bud has answered, and while it is open the page behind it is hidden from the
  // accessibility tree, so the card must be looked for only once the dialog has gone.
  await expect(page.getByText("Barclays Sandbox’s data was deleted.")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await expect(barclays).toHaveCount(0);
  const listed = (await (await page.request.get("/api/accounts")).json()) as { provider: { name: string } }[];
  expect(listed.map((account) => account.provider.name)).not.toContain("Barclays Sandbox");
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Your accounts" }).getByText("NatWest Sandbox").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("region", { name: "Your accounts" }).getByText("Barclays Sandbox")).toHaveCount(0);
});

test("an expiring consent shows on the overview, and Reconfirm through Bud Connect renews it for 90 days", async ({ freshUser }) => {
  const { page } = freshUser;
  await attachBank({ customerId: freshUser.customerId }, "Monzo_Sandbox", { consentExpiresInDays: 5 });
  // Five days on the stand-in's clock, which other specs may have moved ahead of the real one that Budgie counts by.
  const [attached] = await connectionsOf(freshUser.customerId);
  const days = Math.ceil((Date.parse(attached!.consent_expires_at) - Date.now()) / 86_400_000);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "Bank access" })).toContainText(`Monzo Sandbox expires in ${days} days`, { timeout: 30_000 });
  await page.getByRole("link", { name: "Renew access in Connections" }).click();
  const monzo = card(page, "Monzo Sandbox");
  await expect(monzo.getByText(`Expires in ${days} days`)).toBeVisible({ timeout: 30_000 });
  await monzo.getByRole("button", { name: "Reconfirm" }).click();
  await page.getByRole("button", { name: "Reconfirm access to Monzo Sandbox" }).click({ timeout: 30_000 });
  await expect(page.getByText("Access to Monzo Sandbox renewed for 90 days")).toBeVisible({ timeout: 60_000 });
  await expect(card(page, "Monzo Sandbox").getByText("Active")).toBeVisible();
  const [connection] = await connectionsOf(freshUser.customerId);
  expect(Date.parse(connection!.consent_expires_at) - Date.now()).toBeGreaterThan(85 * 86_400_000);
});

test("the shared demo user is refused revoking, with an offer to sign up", async ({ demoPage: page }) => {
  await page.goto("/connections");
  const first = page.getByRole("list", { name: "Connected banks" }).getByRole("listitem").first();
  await first.getByRole("button", { name: "Revoke access" }).click({ timeout: 30_000 });
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Revoke access" }).click();
  await expect(dialog.getByRole("alert")).toContainText("Create your own account");
});
