/**
 * For specs that need their own production server: `node scripts/server.mjs start` (what `npm start` runs), its
 * output kept for assertions, readiness, and stopping it politely (SIGTERM) or not (SIGKILL).
 */
import { spawn, type ChildProcess } from "node:child_process";

export interface AppProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

export function startApp(env: Record<string, string>): AppProcess {
  const child = spawn(process.execPath, ["scripts/server.mjs", "start"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => text, exited };
}

/** Resolves once the app serves the sign-in page; fails with its output if it exits first. */
export async function waitUntilServing(app: AppProcess, url: string, timeoutMs = 180_000): Promise<void> {
  let exitCode: number | null | undefined;
  void app.exited.then((code) => (exitCode = code));
  const giveUpAt = Date.now() + timeoutMs;
  while (Date.now() < giveUpAt) {
    if (exitCode !== undefined) throw new Error(`The app exited (${exitCode}) before serving:\n${app.output()}`);
    const ok = await fetch(`${url}/sign-in`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not serve ${url} within ${timeoutMs / 1000} s:\n${app.output()}`);
}

export async function stopApp(app: AppProcess, signal: NodeJS.Signals = "SIGTERM"): Promise<number | null> {
  if (app.child.exitCode === null && app.child.signalCode === null) app.child.kill(signal);
  return app.exited;
}
