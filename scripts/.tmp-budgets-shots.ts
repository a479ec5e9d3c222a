import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/chromium";

const baseUrl = "http://localhost:3900";
const outDir = process.argv[2] ?? "/tmp/budgets-shots";
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function settle(page: Page) {
  await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached", timeout: 20_000 }).catch(() => undefined);
  await page.waitForLoadState("load");
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
if (process.argv[3] === "seed") {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill("demo@budgie.test");
  await page.getByLabel("Password").fill("budgie-demo-2026");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${baseUrl}/`);
  const headers = { origin: baseUrl };
  const budget = { currency: "GBP", period: "monthly", startingDay: 1, merchants: [] as string[] };
  for (const [name, amount, l1, l2] of [["Groceries", "300", "food_and_drink", ["groceries"]], ["Eating out", "60", "eating_out", []], ["Transport", "2,000", "transport", []]] as const) {
    console.log((await page.request.post(`${baseUrl}/api/budgets`, { headers, data: { ...budget, name, amount, categories: [{ l1, l2 }] } })).status());
  }
  console.log((await page.request.post(`${baseUrl}/api/budgets`, { headers, data: { ...budget, name: "New sofa", amount: "800", period: "one-off", categories: [{ l1: "home", l2: [] }] } })).status());
  const accounts = (await (await page.request.get(`${baseUrl}/api/accounts`)).json()) as { id: string; kind: string; currency: string }[];
  const savings = accounts.find((account) => account.kind === "savings") ?? accounts[0]!;
  for (const [name, target, targetDate, allocationRatio] of [["Holiday in Portugal", "2,500", "2027-06-30", 0.4], ["Emergency fund", "6,000", null, 0.5]] as const) {
    console.log((await page.request.post(`${baseUrl}/api/goals`, { headers, data: { name, accountId: savings.id, currency: savings.currency, target, targetDate, allocationRatio } })).status(), await page.request.get(`${baseUrl}/api/goals`).then((r) => r.text()).then((t) => t.slice(0, 200)));
  }
  await browser.close();
  process.exit(0);
}
for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/sign-in`);
    await page.getByLabel("Email").fill("demo@budgie.test");
    await page.getByLabel("Password").fill("budgie-demo-2026");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL(`${baseUrl}/`);
    const shot = (name: string, fullPage = true) => page.screenshot({ path: `${outDir}/${name}-${device}-${colorScheme}.png`, fullPage });
    for (const [name, path] of [["overview", "/"], ["budgets", "/budgets"], ["goals", "/goals"]] as const) {
      await page.goto(`${baseUrl}${path}`);
      await settle(page);
      await shot(name);
    }
    await page.goto(`${baseUrl}/budgets`);
    await settle(page);
    const link = await page.locator('a[href^="/budgets/"]').first().getAttribute("href").catch(() => null);
    if (link) {
      await page.goto(`${baseUrl}${link}`);
      await settle(page);
      await shot("budget");
      await page.goto(`${baseUrl}/budgets`);
      await settle(page);
      await page.getByRole("button", { name: /^Edit / }).first().click();
      await page.getByRole("dialog").waitFor();
      await page.waitForTimeout(800);
      await shot("budget-dialog-edit", false);
      await page.keyboard.press("Escape");
    }
    await page.getByRole("button", { name: "New budget" }).click();
    await page.getByRole("dialog").waitFor();
    await page.waitForTimeout(1500);
    await shot("budget-dialog-new", false);
    await page.keyboard.press("Escape");
    await page.goto(`${baseUrl}/goals`);
    await settle(page);
    await page.getByRole("button", { name: "New goal" }).click();
    await page.getByRole("dialog").waitFor();
    await shot("goal-dialog", false);
    await context.close();
  }
}
await browser.close();
console.log("done");
