/**
 * `npm test`: every check in order (contract, type-check, lint, vitest, then e2e, which builds first), stopping
 * at the first failure and printing each phase's wall time, so CI shows where its minutes go.
 */
import { spawnSync } from "node:child_process";

interface Phase {
  name: string;
  script: string;
  env?: Record<string, string>;
}

// test:e2e builds (with canary secrets, then scans the bundles) and runs Playwright; split so each is timed.
const PHASES: Phase[] = [
  { name: "contract check", script: "contract:check" },
  { name: "type-check", script: "typecheck" },
  { name: "lint", script: "lint" },
  { name: "vitest", script: "test:unit" },
  // The type-check phase has just run tsc over the whole project, so the build skips its own pass (≈25 s).
  ...(process.env.E2E_SKIP_BUILD === "1" ? [] : [{ name: "build", script: "test:e2e", env: { E2E_BUILD_ONLY: "1", BUDGIE_BUILD_TYPECHECKED: "1" } }]),
  { name: "e2e", script: "test:e2e", env: { E2E_SKIP_BUILD: "1" } },
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const timings: string[] = [];
const started = performance.now();
let failed: Phase | undefined;

for (const phase of PHASES) {
  const start = performance.now();
  const result = spawnSync("npm", ["run", "--silent", phase.script], { stdio: "inherit", env: { ...process.env, ...phase.env } });
  timings.push(`phase ${phase.name}: ${seconds(performance.now() - start)}`);
  console.log(`\n${timings.at(-1)}\n`);
  if (result.status !== 0) {
    failed = phase;
    break;
  }
}

console.log(["Phase times:", ...timings.map((line) => `  ${line}`), `  total: ${seconds(performance.now() - started)}`].join("\n"));
if (failed) {
  console.error(`\nnpm test stopped: ${failed.name} (npm run ${failed.script}) failed.`);
  process.exit(1);
}
