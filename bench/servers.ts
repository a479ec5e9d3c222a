/**
 * The servers the app bench measures side by side: the stand-in, the app on PGlite and (when TEST_DATABASE_URL
 * names a PostgreSQL) on PostgreSQL, and the floor (bench/floor, built from the same node_modules: a bare Next.js
 * route returning a constant JSON body, and a blank page inside Budgie's providers for First Load JS). Each is a production build; the app runs with Server-Timing on.
 */
import { type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Client } from "pg";
import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "../sandbox/server/clients";
import { heapFlags } from "../scripts/heap.mjs";
import { PORT_OFFSET, root, scratchDir, startProcess, stopProcess, waitForHttp } from "./support";

const NEXT = path.join(root, "node_modules/next/dist/bin/next");
export const FLOOR_DIR = path.join(root, "bench/floor");

export const SANDBOX_URL = `http://127.0.0.1:${4311 + PORT_OFFSET}`;
const APP_PORTS = { pglite: 3311 + PORT_OFFSET, postgres: 3312 + PORT_OFFSET };
const FLOOR_PORT = 3313 + PORT_OFFSET;

export type Engine = keyof typeof APP_PORTS;

export interface Server {
  name: string;
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

async function run(command: string, args: string[]): Promise<void> {
  const code = await new Promise((resolve) => startProcess(command, args, {}).once("exit", resolve));
  if (code !== 0) throw new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}`);
}

/** What the floor's build depends on: the Next version, its own sources and the app's providers it wraps. */
function floorFingerprint(): string {
  const hash = createHash("sha256").update(readFileSync(path.join(root, "node_modules/next/package.json")));
  const sources = (readdirSync(FLOOR_DIR, { recursive: true }) as string[]).filter((name) => !name.startsWith(".next")).sort();
  for (const name of [...sources.map((name) => path.join(FLOOR_DIR, name)), path.join(root, "app/providers.tsx")]) {
    if (/\.(jsx?|mjs|json|tsx)$/.test(name)) hash.update(name).update(readFileSync(name));
  }
  return hash.digest("hex");
}

/** Builds whichever of the app and the floor has no build yet (or, for the floor, one from other sources or Next). */
export async function ensureBuilds(): Promise<void> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("App: no production build yet; building (a minute or more)…");
    await run(process.execPath, [NEXT, "build"]);
  }
  const fingerprint = floorFingerprint();
  const stamp = path.join(FLOOR_DIR, ".next", "budgie-floor-fingerprint");
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== fingerprint) {
    console.log("Floor: building bench/floor…");
    await run(process.execPath, [NEXT, "build", FLOOR_DIR]);
    writeFileSync(stamp, fingerprint);
  }
}

function nextStart(name: string, dir: string, port: number, env: Record<string, string>): Server {
  const logFile = path.join(scratchDir("log"), "stdout.log");
  const child = startProcess(process.execPath, [NEXT, "start", dir, "--port", String(port)], { NEXT_TELEMETRY_DISABLED: "1", ...env }, logFile);
  let stopping = false;
  child.once("exit", (code) => {
    // `next start` answers the SIGTERM of stop() with 143: only an exit nobody asked for is news.
    if (code && !stopping) console.error(`${name} exited with ${code}; its output: ${logFile}`);
  });
  const stop = () => {
    stopping = true;
    return stopProcess(child);
  };
  return { name, url: `http://127.0.0.1:${port}`, process: child, stop };
}

export async function startStandIn(): Promise<Server> {
  const child = startProcess(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    SANDBOX_PORT: new URL(SANDBOX_URL).port,
    SANDBOX_DATA_DIR: scratchDir("app-sandbox"),
  });
  await waitForHttp(`${SANDBOX_URL}/v1/open-banking/providers`);
  return { name: "stand-in", url: SANDBOX_URL, process: child, stop: () => stopProcess(child) };
}

export async function startFloor(): Promise<Server> {
  const floor = nextStart("floor", FLOOR_DIR, FLOOR_PORT, {});
  await waitForHttp(`${floor.url}/api/floor`);
  await waitForHttp(`${floor.url}/blank`);
  return floor;
}

/** A scratch PostgreSQL database on TEST_DATABASE_URL's server, dropped by stop(). */
async function scratchPostgres(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `budgie_bench_${randomBytes(6).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** Budgie through its own server (scripts/server.mjs), as `npm start` runs it in production. */
function budgieStart(name: string, port: number, env: Record<string, string>): Server {
  const logFile = path.join(scratchDir("log"), "stdout.log");
  // With the heap cap `npm start` gives it (scripts/heap.mjs), so the figures are production's.
  // BENCH_CPU_PROFILE=<dir> writes a V8 CPU profile of each app server there when it stops (where the time goes).
  const profile = process.env.BENCH_CPU_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const child = startProcess(process.execPath, [...heapFlags(), ...profile, "scripts/server.mjs", "start"], { NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...env }, logFile);
  child.once("exit", (code) => {
    if (code) console.error(`${name} exited with ${code}; its output: ${logFile}`);
  });
  return { name, url: `http://127.0.0.1:${port}`, process: child, stop: () => stopProcess(child) };
}

export async function startApp(engine: Engine): Promise<Server> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const database = engine === "postgres" && adminUrl ? await scratchPostgres(adminUrl) : undefined;
  const port = APP_PORTS[engine];
  const app = budgieStart(`app (${engine})`, port, {
    BUD_API_URL: SANDBOX_URL,
    BUD_API_ALLOW_HTTP: "true",
    BUD_CLIENT_ID: LOCAL_CLIENT_ID,
    BUD_CLIENT_SECRET: LOCAL_CLIENT_SECRET,
    BUDGIE_DEMO: "true",
    BUDGIE_DATA_DIR: scratchDir(`app-${engine}`),
    BUDGIE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    BUDGIE_SERVER_TIMING: "true",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    ...(database ? { DATABASE_URL: database.url } : {}),
  });
  await waitForHttp(`${app.url}/sign-in`);
  return {
    ...app,
    stop: async () => {
      await app.stop();
      await database?.drop();
    },
  };
}

/** PostgreSQL is benched when the tests would use one too. */
export function engines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}
