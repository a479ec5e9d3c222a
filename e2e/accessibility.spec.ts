import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";
import { focusRingsByKeyboard, type FocusRing } from "./focus-ring";

/**
 * Every control reached by Tab shows a solid ring at least 2px wide with 3:1 contrast against what is around it,
 * and set apart from the control's own fill (1.5:1), so it never reads as part of a button of the same colour.
 */
function weakRings(rings: FocusRing[]): string[] {
  return rings
    .filter((ring) => ring.outlineStyle === "none" || ring.outlineWidth < 2 || ring.contrast < 3 || ring.contrastWithControl < 1.5)
    .map((ring) => `${ring.element}: ${ring.outlineStyle} ${ring.outlineWidth}px, ${ring.contrast}:1 around, ${ring.contrastWithControl}:1 to the control`);
}

/** Every section reached from the navigation, and one account's page. */
const SECTIONS = ["/", "/accounts", "an account", "/transactions", "/spending", "/upcoming", "/budgets", "/goals", "/payments", "/payments/new", "/connections", "/settings"];

async function firstAccountPath(page: Page): Promise<string> {
  await page.goto("/");
  const href = await page.getByRole("region", { name: "Your accounts" }).getByRole("link").first().getAttribute("href");
  return href!;
}

/** The pages whose every combination of width and theme is checked (issue #10 asks it of the insight pages). */
const EVERY_COMBINATION = new Set(["/", "/spending", "/upcoming"]);

async function showTheme(page: Page, colorScheme: "light" | "dark"): Promise<void> {
  await page.emulateMedia({ colorScheme });
  // next-themes follows the system theme as it changes, by a class on <html>.
  if (colorScheme === "dark") await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  else await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
}

/*
 * One test a page ("an account" is the demo user's first), loaded once: axe at desktop width in the light theme,
 * then at 390 px (the phone layout, where nothing may scroll sideways) in the dark theme; the insight pages in all
 * four combinations. Theme and width change in place (next-themes follows the system theme, the layout is CSS), so
 * a page's data is fetched once instead of once per combination: page loads and axe are most of the e2e run's CPU,
 * and the run must fit 20 minutes on two cores.
 */
for (const path of [...SECTIONS, "/connections/link-problem?reason=used", "/payments/link-problem?reason=used", "/no-such-page"]) {
  test(`${path} has no serious or critical axe violations, light and dark, at desktop width and 390 px`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path === "an account" ? await firstAccountPath(page) : path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Widgets stream in: check the page once every skeleton has given way to content.
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
    for (const colorScheme of EVERY_COMBINATION.has(path) ? (["light", "dark"] as const) : (["light"] as const)) {
      await showTheme(page, colorScheme);
      expect(await seriousViolations(page), `${path}, desktop, ${colorScheme}`).toEqual([]);
    }
    await page.setViewportSize({ width: 390, height: 844 });
    // Charts and measured widgets follow the new width a frame or two after it changes.
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await expect.poll(overflow, { message: `${path} scrolls sideways at 390 px (px beyond the screen)` }).toBeLessThanOrEqual(0);
    for (const colorScheme of EVERY_COMBINATION.has(path) ? (["dark", "light"] as const) : (["dark"] as const)) {
      await showTheme(page, colorScheme);
      expect(await seriousViolations(page), `${path}, 390 px, ${colorScheme}`).toEqual([]);
    }
  });
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    // Once, in the light theme: the pages' own test above checks both themes at both widths.
    if (colorScheme === "light")
      test("a transaction's drawer and, at 390 px, the list and the transaction's page have no serious or critical axe violations", async ({ page }) => {
      await page.goto("/transactions");
      const firstRow = page.getByRole("group", { name: /Transactions, newest first/ }).getByRole("link").first();
      await firstRow.click();
      // The drawer's title, then the transaction's own heading once its details have loaded.
      await expect(page.getByRole("dialog", { name: "Transaction" }).getByRole("heading", { level: 2 })).toHaveCount(2);
      expect(await seriousViolations(page), "drawer").toEqual([]);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto("/transactions");
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
      expect(await seriousViolations(page), "list at 390 px").toEqual([]);
      await firstRow.click();
      await expect(page).toHaveURL(/\/transactions\/\d{4}-\d{2}-\d{2}~/);
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
      expect(await seriousViolations(page), "page at 390 px").toEqual([]);
    });

    // Desktop in the light theme, a phone in the dark one.
    for (const viewport of colorScheme === "light" ? [{ width: 1440, height: 900 }] : [{ width: 390, height: 844 }]) {
      test(`the budget and goal dialogs have no serious or critical axe violations at ${viewport.width} px`, async ({ page }) => {
        await page.setViewportSize(viewport);
        for (const [path, button] of [["/budgets", "New budget"], ["/goals", "New goal"]] as const) {
          await page.goto(path);
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
          await page.getByRole("button", { name: button }).click();
          await expect(page.getByRole("dialog")).toBeVisible();
          // The budget dialog loads the taxonomy and merchants it offers.
          await expect(page.getByRole("dialog").getByText("Loading categories and merchants…")).toHaveCount(0, { timeout: 20_000 });
          expect(await seriousViolations(page), `${path} dialog`).toEqual([]);
        }
      });
    }

    test("every control reached by keyboard on the overview shows a visible focus ring", async ({ page }) => {
      await page.goto("/");
      await page.waitForLoadState("networkidle");
      const rings = await focusRingsByKeyboard(page);
      expect(rings.length).toBeGreaterThan(5);
      expect(weakRings(rings)).toEqual([]);
    });

    test.describe("signed out", () => {
      test.use({ storageState: { cookies: [], origins: [] } });

      test("sign-in and sign-up have no serious or critical axe violations", async ({ page }) => {
        for (const path of ["/sign-in", "/sign-up", "/forgot-password", "/reset-password?token=x", "/dev/outbox"]) {
          await page.goto(path);
          expect(await seriousViolations(page), path).toEqual([]);
        }
      });

      test("every control on sign-in and sign-up shows a visible focus ring, the primary button's included", async ({ page }) => {
        for (const path of ["/sign-in", "/sign-up"]) {
          await page.goto(path);
          const rings = await focusRingsByKeyboard(page);
          expect(rings.map((ring) => ring.element), path).toContainEqual(expect.stringMatching(/^button "(Sign in|Create account)"$/));
          expect(weakRings(rings), path).toEqual([]);
        }
      });
    });
  });
}

test.describe("phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu opens by keyboard and the overview has no serious violations", async ({ page }) => {
    await page.goto("/");
    const menu = page.getByRole("button", { name: /menu/i });
    await menu.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Accounts" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
  });
});
