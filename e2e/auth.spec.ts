import { expect, test } from "@playwright/test";

test.use({ storageState: { cookies: [], origins: [] } });

test("a new customer signs up, sees the empty state, signs out and is kept out", async ({ page }) => {
  const email = `new-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Jordan Lee");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Connect your first bank" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).first().click();
  await expect(page).toHaveURL(/\/sign-in/);
  for (const path of ["/", "/accounts", "/budgets"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
  }
  const api = await page.request.get("/api/accounts");
  expect(api.status()).toBe(401);
});

test("sign-up keeps what was typed and explains what is wrong", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Jordan Lee");
  await page.getByLabel("Email").fill("demo@budgie.test");
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Jordan Lee");
  await expect(page.getByLabel("Password")).toHaveValue("correct horse battery");
});

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("demo@budgie.test");
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByText("Incorrect email or password.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("demo@budgie.test");
});

test("Try the demo signs straight in", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Try the demo" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
});
