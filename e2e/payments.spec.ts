import type { Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { APP_URL } from "./env";
import { expect, test } from "./fixtures";
import { addFault, clockNow, demoFromStandIn } from "./stand-in";
import { businessDaysAhead } from "../lib/calendar/business-days";
import { londonToday } from "../lib/periods";

/*
 * Bud Pay through the stand-in's hosted page, as a customer with a bank does it. Every journey uses a fresh banked
 * user (NatWest Sandbox, attached without Connect); the outcome is always read back from Bud, never the redirect.
 */

const BANK = "NatWest Sandbox";
const CALLBACK = /\/api\/payments\/callback\?/;

// Each journey crosses our pages and Bud's hosted one, then waits for the stand-in's clock to settle the payment.
test.describe.configure({ timeout: 90_000 });

interface Payee {
  name: string;
  sortCode: string;
  accountNumber: string;
}
const JANE: Payee = { name: "Jane Smith", sortCode: "12-34-56", accountNumber: "12345678" };

/** A random amount of pounds and pence, so the stand-in's search finds this test's payments and no other's. */
const uniqueAmount = () => `${10 + Math.floor(Math.random() * 80)}.${String(Math.floor(Math.random() * 100)).padStart(2, "0")}`;

async function axe(page: Page, what: string) {
  expect(await seriousViolations(page), what).toEqual([]);
}

/** The form's fields for a payment now (or the kind already chosen) to a UK payee. */
async function fillPayment(page: Page, { amount, reference, payee = JANE }: { amount: string; reference: string; payee?: Payee }) {
  await page.getByRole("group", { name: "Pay from" }).getByLabel(BANK).check();
  await field(page, "Name on the account").fill(payee.name);
  await field(page, "Sort code").fill(payee.sortCode);
  await field(page, "Account number").fill(payee.accountNumber);
  await field(page, "Amount (£)").fill(amount);
  await field(page, "Reference").fill(reference);
}

/** A text field by its label alone (radios' descriptions mention "sort code" and "number of payments" too). */
const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

const continueButton = (page: Page) => page.getByRole("button", { name: `Continue to ${BANK}` });

/** From the review, through Bud Pay's hosted page with one answer; returns the callback URL the bank sent us to. */
async function answerAtBank(page: Page, answer: "Approve payment" | "Decline" | "Cancel and go back", checkAxe = false) {
  await continueButton(page).click();
  await expect(page.getByRole("heading", { name: /You are paying/ })).toBeVisible({ timeout: 30_000 });
  if (checkAxe) await axe(page, "hosted Pay page");
  const callback = page.waitForRequest(CALLBACK);
  await page.getByRole("button", { name: answer }).click();
  return (await callback).url();
}

async function currentBalance(page: Page): Promise<number> {
  const accounts = (await (await page.request.get("/api/accounts")).json()) as { kind: string; booked: { minor: number } | null }[];
  return accounts.find((account) => account.kind === "current")!.booked!.minor;
}

test("a payment approved at the bank shows progress, then success, and the balance drops once it settles", async ({ bankedUser }) => {
  const { page } = bankedUser;
  const before = await currentBalance(page);
  await page.goto("/payments");
  await expect(page.getByRole("heading", { name: "No payments yet" })).toBeVisible();
  await axe(page, "empty list");
  await page.getByRole("link", { name: "New payment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New payment" })).toBeVisible();
  await fillPayment(page, { amount: "25", reference: "RENT" });
  await axe(page, "form");
  await page.getByRole("button", { name: "Review payment" }).click();
  await expect(page.getByText(`£25.00 to Jane Smith, sort code 12-34-56, account ending 5678, reference RENT, now, from ${BANK}.`)).toBeVisible();
  await axe(page, "review");
  await page.emulateMedia({ colorScheme: "dark" });
  await axe(page, "review, dark");
  await page.emulateMedia({ colorScheme: "light" });
  await answerAtBank(page, "Approve payment", true);

  await expect(page.getByText(`Waiting for ${BANK} to confirm…`)).toBeVisible({ timeout: 30_000 });
  await axe(page, "progress");
  await expect(page.getByRole("heading", { level: 1, name: "You paid £25.00" })).toBeVisible({ timeout: 30_000 });
  await axe(page, "success");
  await expect(page.getByText("RENT", { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "You paid £25.00" })).toBeVisible();

  await expect.poll(() => currentBalance(page), { timeout: 20_000 }).toBe(before - 2500);
  await page.goto("/payments");
  await expect(page.getByRole("link", { name: /Jane Smith.*£25\.00.*Paid/ })).toBeVisible();
});

test("declined at the bank: a forged success in the callback still shows the failure, with Try again", async ({ bankedUser }) => {
  const { page } = bankedUser;
  // The bank's redirect back is rewritten to claim success: the page must believe Bud, not the query string.
  await page.route(/\/hosted\/pay\//, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    const response = await route.fetch({ maxRedirects: 0 });
    const location = response.headers().location!.replace("status=failure", "status=success");
    await route.fulfill({ response, headers: { ...response.headers(), location } });
  });
  await page.goto("/payments/new");
  await fillPayment(page, { amount: "12.34", reference: "DINNER" });
  await page.getByRole("button", { name: "Review payment" }).click();
  const callback = await answerAtBank(page, "Decline");
  expect(callback).toContain("status=success");
  await expect(page.getByRole("heading", { level: 1, name: "The payment didn’t go through" })).toBeVisible({ timeout: 30_000 });
  await axe(page, "failure");

  // The callback works once.
  await page.unrouteAll();
  await page.goto(callback);
  await expect(page.getByRole("heading", { level: 1, name: "This payment link has already been used" })).toBeVisible();
  await axe(page, "link problem");

  await page.goto("/payments");
  await page.getByRole("button", { name: "Paid" }).click();
  await expect(page).toHaveURL(/state=paid/);
  await expect(page.getByRole("heading", { name: "No paid payments" })).toBeVisible();
  await page.getByRole("button", { name: "Failed" }).click();
  await page.getByRole("link", { name: /Jane Smith.*£12\.34.*Failed/ }).click();

  await page.getByRole("link", { name: "Try again" }).click();
  await expect(field(page, "Amount (£)")).toHaveValue("12.34");
  await expect(field(page, "Reference")).toHaveValue("DINNER");
  await expect(field(page, "Name on the account")).toHaveValue("Jane Smith");
});

test("two rapid clicks and a re-POST of the same form make one payment at Bud", async ({ bankedUser }) => {
  const { page } = bankedUser;
  const { now } = await clockNow();
  const amount = uniqueAmount();
  await page.goto("/payments/new");
  await fillPayment(page, { amount, reference: "ONCE" });
  await page.getByRole("button", { name: "Review payment" }).click();
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/payments") posts.push(request.postData() ?? "");
  });
  await continueButton(page).dblclick();
  await expect(page.getByRole("heading", { name: /You are paying/ })).toBeVisible({ timeout: 30_000 });
  const bankPage = page.url();
  expect(posts).toHaveLength(1);

  const again = await page.request.post("/api/payments", {
    headers: { origin: APP_URL, accept: "application/json", "content-type": "application/x-www-form-urlencoded" },
    data: posts[0],
  });
  expect(again.status()).toBe(200);
  expect(((await again.json()) as { redirectTo: string }).redirectTo).toBe(bankPage);

  const found = await demoFromStandIn<{ data: unknown[] }>("/v1/payments/single", {
    "X-Date-From": now,
    "X-Amount-From": amount,
    "X-Amount-To": amount,
  });
  expect(found.data).toHaveLength(1);
  const list = (await (await page.request.get("/api/payments")).json()) as { items: unknown[] };
  expect(list.items).toHaveLength(1);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("a standing order is set up and listed with its schedule", async ({ bankedUser }) => {
    const { page } = bankedUser;
    const first = businessDaysAhead((await clockNow()).today, 5);
    await page.goto("/payments/new");
    await page.getByRole("group", { name: "When" }).getByLabel("Standing order").check();
    await field(page, "How often").selectOption("monthly");
    await field(page, "First payment").fill(first);
    await page.getByRole("group", { name: "Ends" }).getByLabel("After a number of payments").check();
    await field(page, "Number of payments").fill("6");
    await fillPayment(page, { amount: "50", reference: "POCKET MONEY" });
    await page.emulateMedia({ colorScheme: "dark" });
    await axe(page, "standing order form, 390 px, dark");
    await page.emulateMedia({ colorScheme: "light" });
    await page.getByRole("button", { name: "Review payment" }).click();
    await expect(page.getByText(/£50\.00 to Jane Smith, .* every month from .*, 6 payments, from NatWest Sandbox\./)).toBeVisible();
    await axe(page, "standing order review, 390 px");
    await answerAtBank(page, "Approve payment", true);
    await expect(page.getByRole("heading", { level: 1, name: "Your standing order is set up" })).toBeVisible({ timeout: 30_000 });
    await axe(page, "standing order set up, 390 px");
    await expect(page.getByText(/£50\.00 every month from .* until /)).toBeVisible();

    await page.goto("/payments");
    const row = page.getByRole("link", { name: /Jane Smith/ });
    await expect(row).toContainText(/£50\.00 every month from/);
    await expect(row).toContainText("Set up");
    await axe(page, "list, 390 px");
    await page.emulateMedia({ colorScheme: "dark" });
    await axe(page, "list, 390 px, dark");
  });
});

test("a goal's Top up pays its account and moves the goal's progress", async ({ bankedUser }) => {
  const { page } = bankedUser;
  const accounts = (await (await page.request.get("/api/accounts")).json()) as { id: string; kind: string; booked: { minor: number } | null }[];
  const savings = accounts.find((account) => account.kind === "savings")!;
  const target = ((savings.booked!.minor + 100_000) / 100).toFixed(2);
  const created = await page.request.post("/api/goals", {
    headers: { origin: APP_URL },
    data: { name: "Holiday fund", accountId: savings.id, currency: "GBP", target, targetDate: null, allocationRatio: 1 },
  });
  expect(created.status(), await created.text()).toBe(201);
  const saved = async () => ((await (await page.request.get("/api/goals")).json()) as { saved: { minor: number } }[])[0]!.saved.minor;
  const before = await saved();

  await page.goto("/goals");
  await page.getByRole("link", { name: "Top up Holiday fund" }).click();
  await expect(field(page, "Reference")).toHaveValue("Holiday fund");
  await expect(page.getByRole("radio", { name: /One of my accounts/ })).toBeChecked();
  await page.getByRole("group", { name: "Pay from" }).getByLabel(BANK).check();
  await field(page, "Amount (£)").fill("20");
  await page.getByRole("button", { name: "Review payment" }).click();
  await answerAtBank(page, "Approve payment");
  await expect(page.getByRole("heading", { level: 1, name: "You paid £20.00" })).toBeVisible({ timeout: 30_000 });
  await page.getByRole("link", { name: "Back to your goals" }).click();
  await expect.poll(saved, { timeout: 20_000 }).toBe(before + 2000);
});

test("bad input is shown on its fields and nothing is sent; a Bud Pay failure keeps the input and Try again works", async ({ bankedUser }) => {
  const { page } = bankedUser;
  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname === "/api/payments") posts++;
  });
  await page.goto("/payments/new");
  await fillPayment(page, { amount: "10.005", reference: "THIS REFERENCE IS TOO LONG", payee: { ...JANE, sortCode: "12-34" } });
  await page.getByRole("button", { name: "Review payment" }).click();
  await expect(page.getByText("Use at most 2 decimal places.")).toBeVisible();
  await expect(page.getByText("Enter a 6-digit sort code, like 12-34-56.")).toBeVisible();
  await expect(page.getByText("Use at most 18 characters.")).toBeVisible();
  await expect(field(page, "Sort code")).toBeFocused();
  await axe(page, "form with errors");
  expect(posts).toBe(0);

  // A scheduled payment, whose bud-pay-url no other journey here calls: the fault cannot reach another test.
  await page.getByRole("group", { name: "When" }).getByLabel("On a date").check();
  await field(page, "Payment date").fill(businessDaysAhead((await clockNow()).today, 5));
  await field(page, "Amount (£)").fill("10.05");
  await field(page, "Sort code").fill("12-34-56");
  await field(page, "Reference").fill("GIFT");
  await page.getByRole("button", { name: "Review payment" }).click();
  await addFault({ method: "POST", path: "/v1/payments/scheduled/bud-pay-url", status: 503, times: 1 });
  await continueButton(page).click();
  await expect(page.getByRole("region", { name: "Check your payment" }).getByRole("alert")).toContainText("Nothing has been paid");
  await axe(page, "review with failure");
  await page.getByRole("button", { name: "Back" }).click();
  await expect(field(page, "Amount (£)")).toHaveValue("10.05");
  await page.getByRole("button", { name: "Review payment" }).click();
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: /You are paying £10\.05/ })).toBeVisible({ timeout: 30_000 });
});

test("a field only the route can check sends the form back to it, focused, with the route's message", async ({ bankedUser }) => {
  const { page } = bankedUser;
  // A transfer link naming an account that is not the user's: the form cannot know, the route asks Bud.
  await page.goto("/payments/new?toAccountId=not-my-account&amount=5.00&reference=Transfer");
  await page.getByRole("group", { name: "Pay from" }).getByLabel(BANK).check();
  await page.getByRole("button", { name: "Review payment" }).click();
  await continueButton(page).click();
  await expect(field(page, "Your account")).toBeFocused();
  await expect(field(page, "Your account")).toHaveAccessibleDescription("Choose one of your accounts.");
  await expect(field(page, "Amount (£)")).toHaveValue("5.00");
  await expect(field(page, "Reference")).toHaveValue("Transfer");
});

test("a link can open the form on a standing order, its fields and date limits in place", async ({ bankedUser }) => {
  const { page } = bankedUser;
  // The dated fields load apart from the page (on a hover or focus of "When"); a link that chooses the kind needs them at once.
  await page.goto("/payments/new?kind=standing_order&amount=5.00&reference=Pocket");
  await expect(page.getByRole("radio", { name: /Standing order/ })).toBeChecked();
  await expect(field(page, "How often")).toHaveValue("monthly");
  // The form's limits follow London's real today, not the stand-in clock (another test may have moved that on).
  await expect(field(page, "First payment")).toHaveAttribute("min", businessDaysAhead(londonToday(), 3));
});
