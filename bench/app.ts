/**
 * App figures against production builds, with the stand-in direct and the floor (a bare Next.js route) measured
 * in the same run, interleaved round by round so that a noisy neighbour hits all of them alike; figures are
 * medians of the rounds. Then the overview's server time while the stand-in adds 150 ms to every call: first byte
 * ≤ 1.2 × 150 + 50 = 230 ms and the last widget streamed ≤ 2 × 150 + 50 = 350 ms (upstream calls in parallel).
 */
import { DEMO_CUSTOMER } from "../sandbox/data/demo-customers";
import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "../sandbox/server/clients";
import { printBreakdown } from "./breakdown";
import { load, signIn, type Sample, type Session } from "./load";
import { streamTimes } from "./pages";
import { benchStack } from "./stack";
import { engines, ensureBuilds, SANDBOX_URL, startApp, startFloor, startStandIn, type Server } from "./servers";
import { cpuMs, median, percentile, rssMiB, standInToken, summary } from "./support";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONCURRENCY = 50;
const SEQUENTIAL_REQUESTS = 100;
const CONCURRENT_REQUESTS = 500;
const LATENCY_MS = 150;

interface Target {
  name: string;
  server: Server;
  request: () => Promise<Response>;
  /** Per mode, every sample and each round's p50 and p99. */
  runs: Record<"sequential" | "concurrent", { samples: Sample[]; p50: number[]; p99: number[] }>;
  rss: number[];
  /** Each round's server CPU ms per request, one at a time. */
  cpu: number[];
}

function target(name: string, server: Server, request: () => Promise<Response>): Target {
  const run = () => ({ samples: [], p50: [], p99: [] });
  return { name, server, request, runs: { sequential: run(), concurrent: run() }, rss: [rssMiB(server.process.pid!)], cpu: [] };
}

async function measure(t: Target, mode: "sequential" | "concurrent"): Promise<void> {
  const pid = t.server.process.pid!;
  const cpuBefore = cpuMs(pid);
  const samples =
    mode === "sequential" ? await load(SEQUENTIAL_REQUESTS, 1, t.request) : await load(CONCURRENT_REQUESTS, CONCURRENCY, t.request);
  if (mode === "sequential") t.cpu.push((cpuMs(pid) - cpuBefore) / SEQUENTIAL_REQUESTS);
  const run = t.runs[mode];
  const ms = samples.map((sample) => sample.ms);
  run.samples.push(...samples);
  run.p50.push(percentile(ms, 50));
  run.p99.push(percentile(ms, 99));
}

/** GC and event-loop figures of one app round, from the cumulative GC time in its first and last Server-Timing. */
function processFigures(samples: Sample[]): string {
  const gc = (sample: Sample | undefined) => sample?.steps.get("gc") ?? 0;
  const gcMs = gc(samples.at(-1)) - gc(samples[0]);
  const loopMaxMs = Math.max(...samples.map((sample) => sample.steps.get("loop") ?? 0));
  return `GC ${gcMs.toFixed(0)} ms (longest so far ${(samples.at(-1)?.steps.get("gcmax") ?? 0).toFixed(0)}), event-loop delay ≤ ${loopMaxMs.toFixed(0)} ms`;
}

const fixed = (value: number) => value.toFixed(1).padStart(8);

function printTable(targets: Target[]): void {
  console.log(`\nApp: GET /api/accounts beside the stand-in direct and the floor, ${ROUNDS} interleaved rounds, medians of rounds (ms)`);
  console.log(`${"".padEnd(34)}${"one at a time".padStart(26)}  ${`${CONCURRENCY} concurrent`.padStart(17)}   RSS MiB: start → after each round`);
  console.log(`${"".padEnd(34)}${"p50".padStart(8)} ${"p99".padStart(8)} ${"CPU/req".padStart(8)}  ${"p50".padStart(8)} ${"p99".padStart(8)}`);
  for (const t of targets) {
    const { sequential: s, concurrent: c } = t.runs;
    console.log(
      `${t.name.padEnd(34)}${fixed(median(s.p50))} ${fixed(median(s.p99))} ${t.cpu.length ? median(t.cpu).toFixed(2).padStart(8) : "".padStart(8)}  ${fixed(median(c.p50))} ${fixed(median(c.p99))}   ${t.rss.join(" → ")}`,
    );
  }
}

function printTargets(app: Target, floor: Target, direct: Target): void {
  const m = (t: Target, mode: "sequential" | "concurrent", p: "p50" | "p99") => median(t.runs[mode][p]);
  const oneBudget = m(floor, "sequential", "p50") + m(direct, "sequential", "p50") + 2;
  const loadBudget = 2 * (m(floor, "concurrent", "p99") + m(direct, "concurrent", "p99"));
  const verdict = (value: number, budget: number) => `${value.toFixed(1)} ms against ≤ ${budget.toFixed(1)} ms: ${value <= budget ? "met" : "NOT met"}`;
  console.log(`Target, ${app.name}, one at a time p50 ≤ floor p50 + direct p50 + 2 ms: ${verdict(m(app, "sequential", "p50"), oneBudget)}`);
  console.log(`Target, ${app.name}, ${CONCURRENCY} concurrent p99 ≤ 2 × (floor p99 + direct p99): ${verdict(m(app, "concurrent", "p99"), loadBudget)}`);
  // CPU hardly depends on the machine's load, so this says what the app adds even when latency figures are noisy.
  console.log(`  CPU per request, one at a time: app ${median(app.cpu).toFixed(2)} ms beside floor ${median(floor.cpu).toFixed(2)} + stand-in ${median(direct.cpu).toFixed(2)} ms`);
}

async function benchOverview(url: string, session: Session): Promise<void> {
  const fault = await fetch(`${SANDBOX_URL}/__sandbox/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ path: "/*", latencyMs: LATENCY_MS }),
  });
  if (!fault.ok) throw new Error(`The stand-in refused the latency rule (${fault.status})`);
  const overview = () => streamTimes(session, `${url}/`, "Net position");
  for (let i = 0; i < 5; i++) await overview();
  const samples: { firstByte: number; lastByte: number }[] = [];
  for (let i = 0; i < 40; i++) samples.push(await overview());
  const verdict = (values: number[], target: number) =>
    `${summary(values)}, target ≤ ${target} ms: ${percentile(values, 50) <= target ? "met" : "NOT met"} at p50`;
  console.log(`\nApp: overview server time, stand-in +${LATENCY_MS} ms per call`);
  console.log(`  first byte: ${verdict(samples.map((s) => s.firstByte), 1.2 * LATENCY_MS + 50)}`);
  console.log(`  last widget streamed: ${verdict(samples.map((s) => s.lastByte), 2 * LATENCY_MS + 50)}`);
}

export async function benchApp(): Promise<void> {
  await ensureBuilds();
  const servers: Server[] = [];
  try {
    const standIn = await startStandIn();
    servers.push(standIn);
    const floor = await startFloor();
    servers.push(floor);
    const apps: { server: Server; session: Session }[] = [];
    for (const engine of engines()) {
      const server = await startApp(engine);
      servers.push(server);
      apps.push({ server, session: await signIn(server.url) });
    }
    const headers = {
      authorization: `Bearer ${await standInToken(SANDBOX_URL, LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET)}`,
      "x-client-id": LOCAL_CLIENT_ID,
      "x-customer-id": DEMO_CUSTOMER.customerId,
      "x-customer-secret": DEMO_CUSTOMER.customerSecret,
    };
    const floorTarget = target("floor (bare Next route)", floor, () => fetch(`${floor.url}/api/floor`));
    const direct = target("stand-in direct", standIn, () => fetch(`${SANDBOX_URL}/financial/v3/accounts`, { headers }));
    const appTargets = apps.map(({ server, session }) => target(server.name, server, () => session.fetch(`${server.url}/api/accounts`)));
    const targets = [floorTarget, direct, ...appTargets];

    for (const t of targets) await load(100, 10, t.request); // warm-up: JIT, token, database, connections
    for (const t of targets) t.rss.push(rssMiB(t.server.process.pid!));
    const processRounds = new Map<Target, string[]>(appTargets.map((t) => [t, []]));
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order each round, so no server always runs right after the same neighbour.
      const order = targets.map((_, i) => targets[(i + round) % targets.length]!);
      for (const t of order) await measure(t, "sequential");
      for (const t of order) {
        const before = t.runs.concurrent.samples.length;
        await measure(t, "concurrent");
        processRounds.get(t)?.push(processFigures(t.runs.concurrent.samples.slice(before)));
      }
      for (const t of targets) t.rss.push(rssMiB(t.server.process.pid!));
    }

    printTable(targets);
    for (const app of appTargets) printTargets(app, floorTarget, direct);
    for (const app of appTargets) {
      printBreakdown(`Breakdown of ${app.name} GET /api/accounts`, app.runs.sequential.samples, app.runs.concurrent.samples, CONCURRENCY);
      console.log(`Per ${CONCURRENCY}-concurrent round:\n  ${processRounds.get(app)!.join("\n  ")}`);
    }
    const [pglite, postgres] = appTargets;
    if (pglite && postgres) {
      console.log(`\nPGlite's share of RSS (app on PGlite − app on PostgreSQL): ${pglite.rss.map((rss, i) => rss - postgres.rss[i]!).join(" → ")} MiB`);
    }
    await benchStack(ROUNDS, floor, apps[0]!.server, apps[0]!.session);
    await benchOverview(apps[0]!.server.url, apps[0]!.session);
  } finally {
    for (const server of servers.reverse()) await server.stop();
  }
}
