/** Shared pieces of the benchmarks: child processes, readiness, percentiles. */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, openSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

/** E2E_PORT_OFFSET shifts the bench's ports too, so several checkouts can run side by side. */
export const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);

export function scratchDir(name: string): string {
  return mkdtempSync(path.join(tmpdir(), `budgie-bench-${name}-`));
}

/** Starts a child process; its stdout goes to `logFile` when given (to see why a server never answered). */
export function startProcess(command: string, args: string[], env: Record<string, string>, logFile?: string): ChildProcess {
  const stdout = logFile ? openSync(logFile, "w") : "ignore";
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", stdout, "inherit"] });
  process.on("exit", () => child.kill("SIGTERM"));
  return child;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

export async function waitForHttp(url: string, timeoutMs = 240_000): Promise<void> {
  const giveUpAt = Date.now() + timeoutMs;
  while (Date.now() < giveUpAt) {
    // 5xx means "not yet" (the stand-in answers 503 while it builds its seeded world).
    const status = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status, () => 0);
    if (status > 0 && status < 500) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Nothing answered at ${url}`);
}

/** Resident memory of a process in MiB, read from /proc (Linux). */
export function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("VmRSS:"));
  return Math.round(Number(line?.replace(/\D/g, "") ?? 0) / 1024);
}

/**
 * CPU time (user + system, all threads) a process has used, in ms: unlike latency, hardly moved by a busy
 * neighbour, so it shows our own cost per request even on a loaded machine. /proc counts in 1/100 s ticks.
 */
export function cpuMs(pid: number): number {
  const fields = (readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1] ?? "").split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function summary(samples: number[]): string {
  return `p50 ${percentile(samples, 50).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms (n=${samples.length})`;
}

/** Runs `task` `total` times with at most `concurrency` in flight; each result comes with its duration in ms. */
export async function inFlight<T>(total: number, concurrency: number, task: () => Promise<T>): Promise<{ ms: number; result: T }[]> {
  const runs: { ms: number; result: T }[] = [];
  let started = 0;
  async function worker(): Promise<void> {
    while (started < total) {
      started++;
      const begin = performance.now();
      const result = await task();
      runs.push({ ms: performance.now() - begin, result });
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return runs;
}

/** Runs `task` `total` times with at most `concurrency` in flight, timing each. */
export async function timed(total: number, concurrency: number, task: () => Promise<void>): Promise<number[]> {
  return (await inFlight(total, concurrency, task)).map((run) => run.ms);
}

export async function okJson(response: Response): Promise<unknown> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
  return response.json();
}

/** An access token from the stand-in with the given client's credentials (client credentials grant). */
export async function standInToken(baseUrl: string, clientId: string, clientSecret: string): Promise<string> {
  const response = await fetch(`${baseUrl}/v1/oauth/token`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Client-Id": clientId,
      Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
    },
    body: "grant_type=client_credentials",
  });
  return ((await okJson(response)) as { data: { access_token: string } }).data.access_token;
}
