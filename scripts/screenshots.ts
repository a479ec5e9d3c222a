/**
 * `npx tsx scripts/screenshots.ts [baseUrl] [outDir] [email]`: signs in as a demo user on a running Budgie and saves
 * full-page screenshots of the main pages at desktop and phone widths, light and dark, for a human to review.
 */
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/chromium";

const baseUrl = process.argv[2] ?? "http://localhost:3000";
const outDir = process.argv[3] ?? "screenshots";
const email = process.argv[4] ?? "demo@budgie.test";
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

async function signIn(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("budgie-demo-2026");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL(`${baseUrl}/`);
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    for (const name of ["sign-in", "sign-up", "forgot-password", "reset-password", "dev/outbox"]) {
      await page.goto(`${baseUrl}/${name}`);
      await page.screenshot({ path: `${outDir}/${name.replace("/", "-")}-${device}-${colorScheme}.png`, fullPage: true });
    }
    await signIn(page);
    const pages: Record<string, string> = {
      overview: "/",
      accounts: "/accounts",
      transactions: "/transactions",
      spending: "/spending",
      upcoming: "/upcoming",
      budgets: "/budgets",
      goals: "/goals",
      connections: "/connections",
      "link-problem": "/connections/link-problem?reason=used",
      settings: "/settings",
      payments: "/payments",
      "new-payment": "/payments/new",
      "not-found": "/accounts/none",
    };
    const firstAccount = await page.locator('a[href^="/accounts/"]').first().getAttribute("href");
    if (firstAccount) pages.account = firstAccount;
    for (const [name, path] of Object.entries(pages)) {
      await page.goto(`${baseUrl}${path}`);
      // Widgets stream in: shoot once every skeleton has given way to content (and lazy logos have loaded).
      await page.locator('[aria-busy="true"]').first().waitFor({ state: "detached", timeout: 20_000 }).catch(() => undefined);
      await page.waitForLoadState("load");
      await page.screenshot({ path: `${outDir}/${name}-${device}-${colorScheme}.png`, fullPage: true });
    }
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots saved in ${outDir}/`);
