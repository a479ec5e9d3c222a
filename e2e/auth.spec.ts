import { expect, request as playwrightRequest, test, type APIRequestContext } from "@playwright/test";
import { APP_URL, E2E_IDLE_MINUTES } from "./env";
import { openSession, sealSession, SESSION_COOKIE } from "./session-cookie";

test.use({ storageState: { cookies: [], origins: [] } });

const PASSWORD = "correct horse battery";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fresh user signed in through next-auth's own endpoints; returns the session cookie's value. */
async function signUpAndSignIn(api: APIRequestContext): Promise<string> {
  const email = `session-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  const created = await api.post("/api/users", { data: { name: "Sam Session", email, password: PASSWORD }, headers: { origin: APP_URL } });
  expect(created.status()).toBe(201);
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await api.post("/api/auth/callback/credentials", { form: { email, password: PASSWORD, csrfToken, json: "true" } });
  const cookie = (await api.storageState()).cookies.find(({ name }) => name === SESSION_COOKIE);
  expect(cookie, "signed in").toBeDefined();
  return cookie!.value;
}

/** A request context that sends exactly this session cookie and keeps no other state. */
const withCookie = (value: string) =>
  playwrightRequest.newContext({ baseURL: APP_URL, extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${value}` } });

async function demoAccountPath(): Promise<string> {
  const demo = await playwrightRequest.newContext({ baseURL: APP_URL, storageState: "test-results/.auth/demo.json" });
  const [first] = (await (await demo.get("/api/accounts")).json()) as { id: string }[];
  await demo.dispose();
  return `/accounts/${first!.id}`;
}

test("a new customer signs up, sees the empty state, signs out and is kept out", async ({ page }) => {
  const email = `new-${Date.now()}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Jordan Lee");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
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

test("sign-up keeps what was typed, explains what is wrong and links to sign-in for a known email", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Jordan Lee");
  await page.getByLabel("Email").fill("demo@budgie.test");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("An account with this email already exists.")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Jordan Lee");
  await expect(page.getByLabel("Password")).toHaveValue(PASSWORD);
  await page.getByRole("link", { name: "Sign in instead." }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("a password of spaces is refused, with the rule in the hint", async ({ page }) => {
  await page.goto("/sign-up");
  await expect(page.getByText("Use 12 to 128 characters, not only spaces.")).toBeVisible();
  await page.getByLabel("Name").fill("Jordan Lee");
  await page.getByLabel("Email").fill(`spaces-${Date.now()}@example.com`);
  await page.getByLabel("Password").fill(" ".repeat(12));
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Use some characters other than spaces.").first()).toBeVisible();
});

test("sign-up refuses control characters and blank passwords with field errors, never a 500", async ({ request }) => {
  const cases = [
    [{ name: "Al\u0000ex", password: PASSWORD }, "name", "Remove the hidden control characters (such as tabs or line breaks)."],
    [{ name: "Alex\u001b[31m", password: PASSWORD }, "name", "Remove the hidden control characters (such as tabs or line breaks)."],
    [{ name: "Alex", password: " ".repeat(12) }, "password", "Use some characters other than spaces."],
  ] as const;
  for (const [body, field, message] of cases) {
    const response = await request.post("/api/users", {
      data: { ...body, email: `control-${Date.now()}@example.com` },
      headers: { origin: APP_URL },
    });
    expect(response.status(), JSON.stringify(body)).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "invalid_input", message: expect.any(String), fields: { [field]: message } },
    });
  }
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
  // Sign-in, then the redirect and the overview's render: more than one round trip.
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible({ timeout: 20_000 });
});

test("signing in from a deep link returns to that page", async ({ page }) => {
  const path = await demoAccountPath();
  await page.goto(path);
  await expect(page).toHaveURL(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel("Email").fill("demo@budgie.test");
  await page.getByLabel("Password").fill("budgie-demo-2026");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(path);
});

test("sign-in never follows a return address to another site", async ({ page }) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/\\evil.example/steal")}`);
  await page.getByRole("button", { name: "Try the demo" }).click();
  // Sign-in, then the redirect and the overview's render: more than one round trip.
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible({ timeout: 20_000 });
  expect(new URL(page.url()).origin).toBe(APP_URL);
});

test.describe("sessions end by themselves, and the sign-in page says why", () => {
  for (const [times, message] of [
    [
      { signedInMinutesAgo: E2E_IDLE_MINUTES + 10, renewedMinutesAgo: E2E_IDLE_MINUTES + 1 },
      `You were signed out after ${E2E_IDLE_MINUTES / 60} hours without activity.`,
    ],
    [{ signedInMinutesAgo: 12 * 60 + 1, renewedMinutesAgo: 2 }, "You were signed out after 12 hours; please sign in again."],
  ] as const) {
    test(message, async ({ page }) => {
      const path = await demoAccountPath();
      const value = sealSession("00000000-0000-4000-8000-000000000000", 1, times);
      // Sent as a header: the browser will not store a Secure cookie for an http:// test origin.
      await page.setExtraHTTPHeaders({ cookie: `${SESSION_COOKIE}=${value}` });
      await page.goto(path);
      await expect(page).toHaveURL(/\/sign-in\?/);
      expect(new URL(page.url()).searchParams.get("callbackUrl")).toBe(path);
      await expect(page.getByRole("status").getByText(message)).toBeVisible();
    });
  }

  test("activity renews the idle clock but never the sign-in time", async ({ request }) => {
    const { sub, sv } = openSession(await signUpAndSignIn(request)) as { sub: string; sv: number };
    const stale = sealSession(sub, sv, { signedInMinutesAgo: 60, renewedMinutesAgo: 10 });
    const api = await withCookie(stale);
    const response = await api.get("/api/accounts");
    expect(response.status()).toBe(200);
    const renewed = response
      .headersArray()
      .find(({ name, value }) => name.toLowerCase() === "set-cookie" && value.startsWith(`${SESSION_COOKIE}=`));
    expect(renewed?.value).toMatch(/HttpOnly/i);
    const claims = openSession(renewed!.value.split(";")[0]!.slice(SESSION_COOKIE.length + 1));
    expect(claims.auth_time).toBe(openSession(stale).auth_time);
    expect(Math.abs((claims.iat as number) - Date.now() / 1000)).toBeLessThan(120);
    await api.dispose();
  });
});

test("next-auth's session endpoint gives no user for a revoked token", async ({ request }) => {
  const token = await signUpAndSignIn(request);
  const before = await withCookie(token);
  expect(await (await before.get("/api/auth/session")).json()).toMatchObject({ userId: expect.any(String) });

  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  await request.post("/api/auth/signout", { form: { csrfToken, json: "true" } });

  const after = await withCookie(token);
  const session = await after.get("/api/auth/session");
  expect(session.status()).toBe(200);
  expect(await session.json()).toEqual({});
  expect((await after.get("/api/accounts")).status()).toBe(401);
  await Promise.all([before.dispose(), after.dispose()]);
});

test("every response carries our own request id, never the client's", async ({ request }) => {
  const responses = [
    await request.get("/sign-in"),
    await request.get("/api/accounts"),
    await request.get("/api/auth/session"),
    await request.get("/sign-in", { headers: { "x-request-id": "chosen-by-the-client" } }),
    await request.get("/api/accounts", { headers: { "x-request-id": "0b7c4a52-4a7e-4d4e-9f3e-2f1c9b8a7d6e" } }),
  ];
  const ids = responses.map((response) => response.headers()["x-request-id"]);
  for (const id of ids) expect(id).toMatch(UUID);
  expect(new Set(ids).size).toBe(ids.length);
});

test("the icons and robots.txt are real files with the right types", async ({ request }) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/robots.txt", "text/plain"],
  ] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type);
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["cache-control"], path).toMatch(/public/);
  }
  expect(await (await request.get("/robots.txt")).text()).toContain("Disallow: /");
});
