/**
 * `npm test`: every check in order (contract, then type-check and lint side by side, vitest, then e2e, which builds
 * first), stopping at the first failure and printing each phase's wall time, so CI shows where its minutes go.
 */
import { spawn, spawnSync } from "node:child_process";

interface Phase {
  name: string;
  script: string;
  env?: Record<string, string>;
  /** Scripts run beside `script`: each is single-threaded, so on two cores the pair takes the time of the longer. */
  beside?: string[];
}

// test:e2e builds (with canary secrets, then scans the bundles) and runs Playwright; split so each is timed.
const PHASES: Phase[] = [
  { name: "contract check", script: "contract:check" },
  { name: "type-check and lint", script: "typecheck", beside: ["lint"] },
  { name: "vitest", script: "test:unit" },
  // The type-check phase has just run tsc over the whole project, so the build skips its own pass (≈25 s).
  ...(process.env.E2E_SKIP_BUILD === "1" ? [] : [{ name: "build", script: "test:e2e", env: { E2E_BUILD_ONLY: "1", BUDGIE_BUILD_TYPECHECKED: "1" } }]),
  { name: "e2e", script: "test:e2e", env: { E2E_SKIP_BUILD: "1" } },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs scripts at once, each one's output printed whole when it ends (never interleaved); true if all passed. */
async function runTogether(scripts: string[]): Promise<boolean> {
  const runs = scripts.map(
    (script) =>
      new Promise<boolean>((resolve) => {
        const child = spawn("npm", ["run", "--silent", script], { stdio: ["ignore", "pipe", "pipe"] });
        const output: Buffer[] = [];
        child.stdout.on("data", (chunk: Buffer) => output.push(chunk));
        child.stderr.on("data", (chunk: Buffer) => output.push(chunk));
        child.on("close", (code) => {
          process.stdout.write(`\n> npm run ${script}\n${Buffer.concat(output).toString()}`);
          resolve(code === 0);
        });
      }),
  );
  return (await Promise.all(runs)).every(Boolean);
}

const timings: string[] = [];
const started = performance.now();
let failed: Phase | undefined;

for (const phase of PHASES) {
  const start = performance.now();
  const passed = phase.beside
    ? await runTogether([phase.script, ...phase.beside])
    : spawnSync("npm", ["run", "--silent", phase.script], { stdio: "inherit", env: { ...process.env, ...phase.env } }).status === 0;
  timings.push(`phase ${phase.name}: ${seconds(performance.now() - start)}`);
  console.log(`\n${timings.at(-1)}\n`);
  if (!passed) {
    failed = phase;
    break;
  }
}

console.log(["Phase times:", ...timings.map((line) => `  ${line}`), `  total: ${seconds(performance.now() - started)}`].join("\n"));
if (failed) {
  console.error(`\nnpm test stopped: ${failed.name} (npm run ${[failed.script, ...(failed.beside ?? [])].join(" and ")}) failed.`);
  process.exit(1);
}
