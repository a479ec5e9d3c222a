import { request as playwrightRequest, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { expect, test, type FreshUser } from "./fixtures";
import { APP_URL } from "./env";
import { addFault } from "./stand-in";

/*
 * Settings and the forgotten-password journey, each with a user of its own (every test here changes an account).
 * Mail goes to the outbox page, as it does in development and demo mode without SMTP. Each journey signs in and
 * renders several pages (argon2 on every sign-in), so they get Playwright's slow-test allowance.
 */

test.beforeEach(() => test.slow());

const NEW_PASSWORD = "a new and better passphrase";

/** A browser of its own, signed out, for signing in again or for a second device. */
async function signedOutPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: APP_URL, storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

/** A second device signed in as the user (through next-auth's endpoints, as scripts sign in), to see sessions end elsewhere. */
async function secondDevice(user: FreshUser): Promise<APIRequestContext> {
  const device = await playwrightRequest.newContext({ baseURL: APP_URL });
  const { csrfToken } = (await (await device.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await device.post("/api/auth/callback/credentials", { form: { csrfToken, email: user.email, password: user.password, json: "true" } });
  expect((await device.get("/api/accounts")).status(), "the second device is signed in").toBe(200);
  return device;
}

async function expectSessionEnded(device: APIRequestContext) {
  expect((await device.get("/api/accounts")).status()).toBe(401);
  await device.dispose();
}

/**
 * Signing in (argon2) and rendering Overview is the slowest step here, and it really is that slow on a loaded
 * machine, so it gets longer than the default wait.
 */
async function expectOverview(page: Page) {
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible({ timeout: 30_000 });
}

async function expectSignedOut(page: Page) {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in/);
}

test("changing the email needs the current password; then the new email signs in", async ({ freshUser, browser }) => {
  const { page } = freshUser;
  const newEmail = `moved-${freshUser.email}`;
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  const profile = page.getByRole("region", { name: "Profile" });
  await profile.getByLabel("Email").fill(newEmail);
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("Enter your current password.")).toBeVisible();
  await profile.getByLabel("Current password").fill("not my password at all");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("The current password is not correct.")).toBeVisible();
  await profile.getByLabel("Current password").fill(freshUser.password);
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText(`You now sign in as ${newEmail}.`)).toBeVisible();

  const elsewhere = await signedOutPage(browser);
  await signIn(elsewhere, freshUser.email, freshUser.password);
  await expect(elsewhere.getByText("Incorrect email or password.")).toBeVisible();
  await signIn(elsewhere, newEmail, freshUser.password);
  await expectOverview(elsewhere);
});

test("changing the password keeps this browser signed in and signs out every other device", async ({ freshUser, browser }) => {
  const { page } = freshUser;
  const other = await secondDevice(freshUser);
  await page.goto("/settings");
  const password = page.getByRole("region", { name: "Password" });
  await password.getByLabel("Current password").fill(freshUser.password);
  await password.getByLabel("New password").fill("too short");
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("Use 12 to 128 characters.")).toBeVisible();
  await password.getByLabel("New password").fill(NEW_PASSWORD);
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed. Every other device has been signed out.")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectSessionEnded(other);
  const elsewhere = await signedOutPage(browser);
  await signIn(elsewhere, freshUser.email, NEW_PASSWORD);
  await expectOverview(elsewhere);
});

test("the settings forms say what is wrong on the field, focus it and keep what was typed", async ({ freshUser }) => {
  const { page } = freshUser;
  await page.goto("/settings");
  const profile = page.getByRole("region", { name: "Profile" });
  await profile.getByLabel("Name").fill("   ");
  await profile.getByLabel("Email").fill("not an email");
  await profile.getByRole("button", { name: "Save profile" }).click();
  await expect(profile.getByText("Enter your name.")).toBeVisible();
  await expect(profile.getByText("Enter a valid email address.")).toBeVisible();
  await expect(profile.getByLabel("Name")).toBeFocused();
  await expect(profile.getByLabel("Email")).toHaveValue("not an email");
  // Back to the account's email, the current password is no longer asked for.
  await profile.getByLabel("Email").fill(freshUser.email);
  await expect(profile.getByLabel("Current password")).toHaveCount(0);

  const password = page.getByRole("region", { name: "Password" });
  await password.getByLabel("New password").fill(" ".repeat(12));
  await password.getByRole("button", { name: "Change password" }).click();
  await expect(password.getByText("Enter your current password.")).toBeVisible();
  await expect(password.getByLabel("Current password")).toBeFocused();
  await expect(password.getByLabel("New password")).toHaveAttribute("aria-invalid", "true");
  await expect(password.getByLabel("New password")).toHaveValue(" ".repeat(12));
});

test("signing out everywhere ends every session, this one included", async ({ freshUser }) => {
  const { page } = freshUser;
  const other = await secondDevice(freshUser);
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  // Two round trips (end the sessions, then next-auth's sign-out) and a full load of sign-in: a real wait.
  await expect(page).toHaveURL(/\/sign-in/, { timeout: 30_000 });
  await expectSessionEnded(other);
  await expectSignedOut(page);
});

test("the forgotten-password form says what is wrong with the email on the field, and focuses it", async ({ browser }) => {
  const page = await signedOutPage(browser);
  await page.goto("/forgot-password");
  const email = page.getByLabel("Email");
  await email.fill("not an email");
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toBeFocused();
  // Editing clears the message, which was about the old value.
  await email.fill("someone@example.com");
  await expect(page.getByText("Enter a valid email address.")).toHaveCount(0);
});

test("a forgotten password is reset through the emailed link, once", async ({ freshUser, browser }) => {
  const page = await signedOutPage(browser);
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel("Email").fill(freshUser.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText(`If an account uses ${freshUser.email}, we have sent it a link`);

  // Delivery does not hold up the answer, so the mail may land a moment later.
  const mail = page.getByRole("article").filter({ hasText: `To ${freshUser.email}` });
  await expect(async () => {
    await page.goto("/dev/outbox");
    await expect(mail).toHaveCount(1, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await expect(mail.getByRole("heading", { name: "Reset your Budgie password" })).toBeVisible();
  const link = (await mail.getByRole("link").getAttribute("href"))!;
  await mail.getByRole("link").click();

  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The user's existing session ended with the reset.
  await expectSignedOut(freshUser.page);
  await signIn(page, freshUser.email, NEW_PASSWORD);
  await expectOverview(page);

  const again = await signedOutPage(browser);
  await again.goto(link);
  await again.getByLabel("New password").fill("yet another passphrase");
  await again.getByRole("button", { name: "Set new password" }).click();
  await expect(again.getByRole("alert").filter({ hasText: "This reset link has expired or has already been used." })).toBeVisible();
  await expect(again.getByRole("link", { name: "Ask for a new link." })).toBeVisible();
});

async function deleteAccount(page: Page, email: string) {
  await page.goto("/settings");
  await page.getByRole("button", { name: "Delete my account" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete your account?" });
  await expect(dialog.getByRole("button", { name: "Delete my account" })).toBeDisabled();
  await dialog.getByLabel(`Type ${email} to confirm`).fill(email);
  await dialog.getByRole("button", { name: "Delete my account" }).click();
  return dialog;
}

test("deleting the account deletes it at Bud and here; the email can sign up again", async ({ freshUser, browser }) => {
  const { page } = freshUser;
  await deleteAccount(page, freshUser.email);
  await expect(page).toHaveURL(/\/sign-up/);

  const other = await signedOutPage(browser);
  await signIn(other, freshUser.email, freshUser.password);
  await expect(other.getByText("Incorrect email or password.")).toBeVisible();

  await page.getByLabel("Name").fill("Sam Again");
  await page.getByLabel("Email").fill(freshUser.email);
  await page.getByLabel("Password").fill(freshUser.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expectOverview(page);
});

test("when Bud cannot delete the customer, nothing is deleted, the user is told and can try again", async ({ freshUser }) => {
  const { page, customerId } = freshUser;
  // The deletion names its customer in the path only (no X-Customer-Id), so the rule is scoped by its path.
  await addFault({ method: "DELETE", path: `/platform/v3/customers/${customerId}`, status: 503, times: 1 });
  const dialog = await deleteAccount(page, freshUser.email);
  await expect(dialog.getByRole("alert")).toContainText("nothing has been deleted and your account still works");

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Profile" }).getByLabel("Email")).toHaveValue(freshUser.email);

  const retried = await deleteAccount(page, freshUser.email);
  await expect(retried).toBeHidden();
  await expect(page).toHaveURL(/\/sign-up/);
});

test("the shared demo user cannot be deleted, and is told why with sign-up offered", async ({ demoPage }) => {
  await demoPage.goto("/settings");
  const section = demoPage.getByRole("region", { name: "Delete account" });
  await expect(section.getByText("The demo account is shared by everyone who tries Budgie, so it can’t be deleted.")).toBeVisible();
  await expect(section.getByRole("button", { name: "Create your own account" })).toBeVisible();
  await expect(demoPage.getByRole("button", { name: "Delete my account" })).toHaveCount(0);

  const refused = await demoPage.request.delete("/api/me", { data: { email: "demo@budgie.test" }, headers: { origin: APP_URL } });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { message: string } }).error.message).toContain("Create your own account to try it.");
});
