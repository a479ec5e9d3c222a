/**
 * Page figures from the production build (issue #10), printed, never asserted:
 * - First Load JS per route: the gzip sizes of the scripts each route's HTML loads, read from the build on disk,
 *   beside the floor (bench/floor's blank page inside Budgie's own providers); targets: within 30 kB of the floor
 *   for pages without charts, 110 kB for chart pages. The recharts chunk is printed on its own: the charts load it
 *   on demand (components/charts/lazy.tsx), so it is in no route's HTML, and which route fetched it is shown too.
 * - `/spending` for the heavy customer: server time (first byte, last byte) and, in Chromium, the time from
 *   navigation until every chart on the page has drawn (recharts mounted, so hydrated and interactive).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type BrowserContext } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "../e2e/chromium";
import { signIn, type Session } from "./load";
import { ensureBuilds, FLOOR_DIR, startApp, startFloor, startStandIn, type Server } from "./servers";
import { root, summary } from "./support";

const HEAVY_EMAIL = "heavy@budgie.test";
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 10);
const KB = 1024;

/**
 * The app's pages; `charts` marks the ones that draw a chart (and may take 110 kB over the floor); `public` ones
 * are opened signed out (a signed-in browser is sent on from them).
 */
const ROUTES: { path: string; charts: boolean; public?: true }[] = [
  { path: "/", charts: true },
  { path: "/accounts", charts: false },
  { path: "/accounts/:first", charts: true },
  { path: "/transactions", charts: false },
  { path: "/spending", charts: true },
  { path: "/upcoming", charts: false },
  { path: "/budgets", charts: false },
  { path: "/goals", charts: false },
  { path: "/payments", charts: false },
  { path: "/connections", charts: false },
  { path: "/settings", charts: false },
  { path: "/payments/new", charts: false },
  { path: "/sign-in", charts: false, public: true },
  { path: "/sign-up", charts: false, public: true },
  { path: "/forgot-password", charts: false, public: true },
  // The emailed link's page; the token is only checked when the form is sent, so any token draws the page.
  { path: "/reset-password?token=bench", charts: false, public: true },
];

/** `/_next/static/…` script URLs in a page's HTML (script tags and script preloads). */
function scriptsOf(html: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = match[0];
    if (tag.startsWith("<link") && !/\bas="script"/.test(tag)) continue;
    const src = /\b(?:src|href)="(\/_next\/static\/[^"?]+\.js)/.exec(tag)?.[1];
    if (src) found.add(src);
  }
  return [...found];
}

const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Sum of the gzip sizes of `scripts`, read from a build's `.next/static`. */
function gzipTotal(buildDir: string, scripts: string[]): number {
  return scripts.reduce((sum, src) => sum + gzipBytes(path.join(buildDir, ".next", src.replace(/^\/_next\//, ""))), 0);
}

/** The chunks holding recharts, found by a class name it renders; gzip bytes each. */
function rechartsChunks(): Map<string, number> {
  const dir = path.join(root, ".next/static/chunks");
  const chunks = new Map<string, number>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    if (!name.endsWith(".js")) continue;
    const file = path.join(dir, name);
    if (readFileSync(file, "utf8").includes("recharts-surface")) chunks.set(`/_next/static/chunks/${name}`, gzipBytes(file));
  }
  return chunks;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} kB`;

async function firstLoadJs(app: Server, floor: Server, session: Session, browser: BrowserContext): Promise<void> {
  const floorHtml = await (await fetch(`${floor.url}/blank`)).text();
  const floorBytes = gzipTotal(FLOOR_DIR, scriptsOf(floorHtml));
  const recharts = rechartsChunks();
  const accounts = (await (await session.fetch(`${app.url}/api/accounts`)).json()) as { id: string }[];
  console.log(`\nFirst Load JS (gzip, level 9, of the scripts in each route's HTML; demo user), floor ${kb(floorBytes)}`);
  console.log(`${"route".padEnd(28)}${"JS".padStart(10)}${"over floor".padStart(12)}${"target".padStart(10)}   recharts fetched after load`);
  for (const route of ROUTES) {
    const url = route.path.replace(":first", encodeURIComponent(accounts[0]?.id ?? "none"));
    const response = route.public ? await fetch(`${app.url}${url}`) : await session.fetch(`${app.url}${url}`);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    const scripts = scriptsOf(html);
    const bytes = gzipTotal(root, scripts);
    const inHtml = scripts.filter((src) => recharts.has(src));
    const fetched = route.public ? [] : await scriptsFetchedBy(browser, `${app.url}${url}`);
    const lazily = fetched.filter((src) => recharts.has(src) && !inHtml.includes(src));
    const budget = (route.charts ? 110 : 30) * KB;
    const over = bytes - floorBytes;
    console.log(
      `${route.path.padEnd(28)}${kb(bytes).padStart(10)}${kb(over).padStart(12)}${`≤ ${budget / KB} kB`.padStart(10)}: ${over <= budget ? "met" : "NOT met"}` +
        `   ${inHtml.length ? `IN HTML (${inHtml.length})` : lazily.length ? `yes, on demand (${kb(lazily.reduce((s, src) => s + recharts.get(src)!, 0))})` : "no"}`,
    );
  }
  const chunks = [...recharts.values()];
  console.log(`recharts: ${chunks.length} chunk(s), ${chunks.map(kb).join(" + ")} = ${kb(chunks.reduce((a, b) => a + b, 0))} gzip, loaded only when a chart mounts`);
}

/** Every `/_next/static` script a page fetched once the browser has drawn it and settled. */
async function scriptsFetchedBy(context: BrowserContext, url: string): Promise<string[]> {
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (request.resourceType() === "script" && pathname.startsWith("/_next/static/")) scripts.add(pathname);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await page.close();
  return [...scripts];
}

/** Time to the first and the last byte of a page's HTML (the last widget streamed in). */
export async function streamTimes(session: Session, url: string, expect: string): Promise<{ firstByte: number; lastByte: number }> {
  const started = performance.now();
  const response = await session.fetch(url);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let firstByte = 0;
  let html = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByte) firstByte = performance.now() - started;
    html += decoder.decode(value, { stream: true });
  }
  // A redirect or an error page would be fast for the wrong reason.
  if (response.status !== 200 || !html.includes(expect)) throw new Error(`${url} answered ${response.status}`);
  return { firstByte, lastByte: performance.now() - started };
}

/** From navigation until every chart drawn: no widget still loading, and one recharts surface per chart. */
async function chartsInteractiveMs(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "commit" });
  await page.waitForFunction(
    () => {
      const charts = [...document.querySelectorAll("button")].filter((button) => button.textContent?.startsWith("Show as table")).length;
      const drawn = document.querySelectorAll(".recharts-surface").length;
      return document.querySelectorAll('[aria-busy="true"]').length === 0 && charts > 0 && drawn >= charts;
    },
    undefined,
    { timeout: 120_000, polling: 20 },
  );
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

/** A browser context carrying `session`'s cookies, so pages open signed in. */
async function signedInContext(browser: Awaited<ReturnType<typeof chromium.launch>>, appUrl: string, session: Session): Promise<BrowserContext> {
  const context = await browser.newContext();
  const { hostname } = new URL(appUrl);
  // Production names the cookies `__Secure-…`: secure ones, which browsers accept from http://127.0.0.1 too.
  const cookies = session.cookieList().filter(([, value]) => value !== "");
  await context.addCookies(cookies.map(([name, value]) => ({ name, value, domain: hostname, path: "/", secure: name.startsWith("__") })));
  return context;
}

async function heavySpending(app: Server, browser: Awaited<ReturnType<typeof chromium.launch>>): Promise<void> {
  const session = await signIn(app.url, HEAVY_EMAIL);
  const url = `${app.url}/spending`;
  for (let i = 0; i < 2; i++) await streamTimes(session, url, "Spending"); // warm-up
  const times: { firstByte: number; lastByte: number }[] = [];
  for (let i = 0; i < SAMPLES; i++) times.push(await streamTimes(session, url, "Spending"));
  console.log(`\n/spending, heavy customer (${SAMPLES} sequential loads, no added latency):`);
  console.log(`  server, first byte: ${summary(times.map((t) => t.firstByte))}`);
  console.log(`  server, last widget streamed: ${summary(times.map((t) => t.lastByte))}`);
  const interactive: number[] = [];
  for (let i = 0; i < Math.min(SAMPLES, 5); i++) {
    // A fresh context each time: a first visit, scripts and recharts not yet cached.
    const context = await signedInContext(browser, app.url, session);
    interactive.push(await chartsInteractiveMs(context, url));
    await context.close();
  }
  console.log(`  Chromium, navigation until every chart has drawn (cold cache): ${summary(interactive)}`);
}

export async function benchPages(): Promise<void> {
  await ensureBuilds();
  const servers: Server[] = [];
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    servers.push(await startStandIn());
    const floor = await startFloor();
    servers.push(floor);
    const app = await startApp("pglite");
    servers.push(app);
    const session = await signIn(app.url);
    const context = await signedInContext(browser, app.url, session);
    await firstLoadJs(app, floor, session, context);
    await context.close();
    await heavySpending(app, browser);
  } finally {
    await browser.close();
    for (const server of servers.reverse()) await server.stop();
  }
}
