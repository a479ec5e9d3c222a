/**
 * Transactions at scale, for the heavy customer (105k transactions) through our route handlers, each figure beside
 * the stand-in's direct answer to the same Bud call: first page, a filter change, a search, the full CSV export twice
 * (time and the app's peak RSS growth, each over the RSS just before it), then 2,000 rows scrolled in Chromium with
 * the long tasks it saw.
 * Printed, never asserted. Targets (issue #9): first page ≤ 300 ms, filter change ≤ 200 ms, search ≤ 150 ms,
 * export RSS growth < 50 MB, no long task over 50 ms.
 */
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/chromium";
import { HEAVY_CUSTOMER } from "../sandbox/data/demo-customers";
import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "../sandbox/server/clients";
import { signIn, type Session } from "./load";
import { ensureBuilds, SANDBOX_URL, startApp, startStandIn, type Server } from "./servers";
import { percentile, rssMiB, standInToken } from "./support";

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const HEAVY_EMAIL = "heavy@budgie.test";
const SCROLL_ROWS = 2000;

async function timeOnce(request: () => Promise<Response>): Promise<number> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
  return performance.now() - started;
}

async function samples(request: (i: number) => Promise<Response>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await timeOnce(() => request(i)); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < SAMPLES; i++) ms.push(await timeOnce(() => request(i)));
  return ms;
}

const row = (label: string, app: number[], direct: number[]) =>
  console.log(
    `${label.padEnd(40)} app p50 ${percentile(app, 50).toFixed(1).padStart(7)}  p99 ${percentile(app, 99).toFixed(1).padStart(7)}   ` +
      `stand-in p50 ${percentile(direct, 50).toFixed(1).padStart(7)}  p99 ${percentile(direct, 99).toFixed(1).padStart(7)} ms`,
  );

/** Reads the whole export while sampling the app's RSS; returns the time, rows and peak growth. */
async function exportFigures(app: Server, session: Session) {
  const before = rssMiB(app.process.pid!);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMiB(app.process.pid!))), 100);
  const started = performance.now();
  const response = await session.fetch(`${app.url}/api/transactions/export`);
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) for (const byte of chunk) if (byte === 10) lines++;
  const ms = performance.now() - started;
  clearInterval(sampler);
  return { ms, rows: lines - 1, growth: peak - before };
}

async function directAll(headers: Record<string, string>): Promise<{ ms: number; rows: number }> {
  const started = performance.now();
  let rows = 0;
  let token: string | undefined;
  do {
    const response = await fetch(`${SANDBOX_URL}/financial/v2/transactions?page_size=200${token ? `&page_token=${token}` : ""}`, { headers });
    const body = (await response.json()) as { data: unknown[]; metadata?: { next_page_token?: string } };
    rows += body.data.length;
    token = body.metadata?.next_page_token;
  } while (token);
  return { ms: performance.now() - started, rows };
}

/** Scrolls /transactions in Chromium until SCROLL_ROWS rows have been rendered, recording long tasks. */
async function scrollFigures(appUrl: string): Promise<void> {
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ baseURL: appUrl })).newPage();
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(HEAVY_EMAIL);
    await page.getByLabel("Password").fill("budgie-demo-2026");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await page.goto("/transactions");
    await page.locator("[data-index]").first().waitFor();
    await page.evaluate(() => {
      const store: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = store;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => store.push(entry.duration))).observe({ type: "longtask" });
    });
    const started = performance.now();
    let reached = 0;
    while (reached < SCROLL_ROWS && performance.now() - started < 180_000) {
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(50);
      reached = await page.evaluate(() => Math.max(...[...document.querySelectorAll("[data-index]")].map((el) => Number((el as HTMLElement).dataset.index))));
    }
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const mounted = await page.locator("[data-index]").count();
    console.log(
      `Scroll: ${reached} list rows (headings included) in ${((performance.now() - started) / 1000).toFixed(1)} s, ${mounted} in the DOM at the end; ` +
        `long tasks > 50 ms: ${longTasks.length ? longTasks.map((ms) => ms.toFixed(0)).join(", ") + " ms" : "none"}`,
    );
  } finally {
    await browser.close();
  }
}

export async function benchTransactions(): Promise<void> {
  await ensureBuilds();
  const servers: Server[] = [];
  try {
    servers.push(await startStandIn());
    const app = await startApp("pglite");
    servers.push(app);
    const session = await signIn(app.url, HEAVY_EMAIL);
    const headers = {
      authorization: `Bearer ${await standInToken(SANDBOX_URL, LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET)}`,
      "x-client-id": LOCAL_CLIENT_ID,
      "x-customer-id": HEAVY_CUSTOMER.customerId,
      "x-customer-secret": HEAVY_CUSTOMER.customerSecret,
    };
    const api = (query: string) => session.fetch(`${app.url}/api/transactions?${query}`);
    const bud = (path: string, extra: Record<string, string> = {}) => fetch(`${SANDBOX_URL}${path}`, { headers: { ...headers, ...extra } });
    const categories = ["food_and_drink", "transport", "shopping", "utilities"];
    const searches = ["tesco", "coffee", "amazon", "rent"];
    const searchHeaders = { "x-timezone": "Europe/London", accept: "application/bud-transaction-v3+json" };

    console.log(`\nTransactions, heavy customer, ${SAMPLES} sequential samples each (client-side ms, body read)`);
    row("first page (50)", await samples(() => api("page_size=50")), await samples(() => bud("/financial/v2/transactions?page_size=50")));
    row(
      "filter change (category + 3 months)",
      await samples((i) => api(`page_size=50&category_l1=${categories[i % 4]}&from=2026-09-01&to=2026-11-30`)),
      await samples((i) => bud(`/financial/v2/transactions?page_size=50&category_l1=${categories[i % 4]}&date_from=2026-09-01&date_to=2026-11-30`)),
    );
    row(
      "search (free text)",
      await samples((i) => api(`page_size=50&q=${searches[i % 4]}`)),
      await samples((i) => bud(`/search/beta/transactions?page_size=50&user_input=${searches[i % 4]}`, searchHeaders)),
    );
    // Twice in a row: the first pays for code loaded and compiled on first use; the second shows whether anything
    // from the first was kept (the server's memory must not grow with the number or size of exports).
    const first = await exportFigures(app, session);
    const exports = [first, await exportFigures(app, session)];
    const direct = await directAll(headers);
    console.log(
      `CSV export, twice: ${first.rows} rows in ${exports.map((e) => (e.ms / 1000).toFixed(1)).join(" / ")} s, ` +
        `app RSS peak growth ${exports.map((e) => e.growth).join(" / ")} MiB; ` +
        `stand-in direct, every page of 200: ${direct.rows} rows in ${(direct.ms / 1000).toFixed(1)} s`,
    );
    await scrollFigures(app.url);
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
