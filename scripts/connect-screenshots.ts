/**
 * `npx tsx scripts/connect-screenshots.ts [outDir]`: starts the Bud stand-in in process and saves screenshots of
 * every screen of its hosted Connect page (choose a bank, the mock bank, progress, connected with the accounts
 * summary, reconfirm, revoke, summary, and the used, expired and unknown link pages) at desktop and phone widths,
 * light and dark, for a human to review. Needs no Budgie server.
 */
import { mkdirSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/chromium";
import { LOCAL_CLIENT } from "../sandbox/server/clients";
import { startSandbox } from "../sandbox/server/start";
import { budCaller } from "../sandbox/server/test-support";

const outDir = process.argv[2] ?? "screenshots/connect";
const VIEWPORTS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** A stand-in with one customer (NatWest connected) and a way to start its journeys; the clock is fixed. */
async function standIn(connectStepMs: number) {
  const sandbox = await startSandbox({ port: 0, today: "2025-06-30", connectStepMs, clients: [LOCAL_CLIENT] });
  const bud = await budCaller(sandbox);
  const created = await bud("/platform/v3/customers", { method: "POST", body: {} });
  const customer = { id: created.body.data.customer_id as string, secret: created.body.data.customer_secret as string };
  sandbox.connectBank(customer.id, "Natwest_Sandbox");
  /** A fresh journey URL, on the stand-in's real address. */
  const journey = async (body: Record<string, unknown>) => {
    const response = await bud("/v2/open-banking/authorisation-gateway-url", { method: "POST", customer, body: { redirect_url: "https://budgie.test/back", ...body } });
    return new URL(new URL(response.body.data.url).pathname, sandbox.url).toString();
  };
  return { sandbox, journey };
}

// A long step keeps the progress screen on screen; no step at all shows the accounts fetched at once.
const slow = await standIn(60_000);
const { sandbox, journey } = await standIn(0);

async function shoot(page: Page, name: string, suffix: string) {
  await page.screenshot({ path: `${outDir}/${name}-${suffix}.png`, fullPage: true });
}

mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [device, viewport] of Object.entries(VIEWPORTS)) {
  for (const colorScheme of ["light", "dark"] as const) {
    const suffix = `${device}-${colorScheme}`;
    const page = await (await browser.newContext({ viewport, colorScheme })).newPage();
    const connect = await journey({ accounts_summary: true });
    await page.goto(connect);
    await shoot(page, "connect-choose", suffix);
    await page.getByRole("button", { name: "Connect Barclays Sandbox" }).click();
    await shoot(page, "connect-bank", suffix);
    await page.goto(await slow.journey({ providers: ["Barclays_Sandbox"] }));
    await page.getByRole("button", { name: "Allow access" }).click();
    await shoot(page, "connect-progress", suffix);
    await page.goto(await journey({ accounts_summary: true, providers: ["Monzo_Sandbox"], connect_more_accounts_button: true }));
    await page.getByRole("button", { name: "Allow access" }).click();
    await shoot(page, "connect-connected", suffix);
    for (const screen of ["reconfirm_consent", "revoke_consent", "accounts_summary"]) {
      await page.goto(await journey({ initial_screen: screen }));
      await shoot(page, `connect-${screen.replace("_", "-")}`, suffix);
    }
    const used = await journey({ providers: ["Monzo_Sandbox"] });
    await page.goto(used);
    await page.getByRole("button", { name: "Cancel and go back" }).click().catch(() => undefined); // leaves for budgie.test
    await page.goto(used);
    await shoot(page, "connect-used", suffix);
    await page.goto(`${sandbox.url}/hosted/connect/unknown`);
    await shoot(page, "connect-not-found", suffix);
    await page.context().close();
  }
}
const expiring = await journey({});
sandbox.clock.advance(1);
const page = await (await browser.newContext({ viewport: VIEWPORTS.phone })).newPage();
await page.goto(expiring);
await shoot(page, "connect-expired", "phone-light");
await browser.close();
await Promise.all([sandbox.close(), slow.sandbox.close()]);
console.log(`Screenshots saved in ${outDir}/`);
