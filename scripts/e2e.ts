/**
 * `npm run test:e2e`: makes sure a Chromium exists, builds the app with canary secrets, fails if any secret
 * reached the browser bundles, then runs Playwright (which starts the stand-in and the app through
 * scripts/server.mjs, as `npm start` does).
 * E2E_SKIP_BUILD=1 reuses the last build while iterating on specs; E2E_BUILD_ONLY=1 stops after the build and scan.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { findChromium } from "../e2e/chromium";
import { appEnv, CANARIES } from "../e2e/env";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function fail(sentence: string): never {
  console.error(`\n${sentence}\n`);
  process.exit(1);
}

function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync("/usr/bin/apt-get")) {
    console.log("No Chromium found: installing Debian's chromium package.");
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
    spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit" });
  } else {
    console.log("No Chromium found: trying `npx playwright install chromium`.");
    spawnSync(bin("playwright"), ["install", "chromium"], { stdio: "inherit" });
  }
  return (
    findChromium() ??
    fail(
      "No Chromium could be found or installed: install Chromium (e.g. `apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to its path, then run `npm test` again.",
    )
  );
}

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) yield* filesUnder(full);
    else yield full;
  }
}

function assertNoSecretsInBundles(): void {
  const staticDir = path.join(root, ".next", "static");
  const canaries = Object.values(CANARIES);
  let scanned = 0;
  for (const file of filesUnder(staticDir)) {
    scanned++;
    const text = readFileSync(file, "latin1");
    const leaked = canaries.filter((canary) => text.includes(canary));
    if (leaked.length > 0) fail(`Secret leak: ${path.relative(root, file)} contains ${leaked.length} canary secret(s).`);
  }
  console.log(`Secret scan: ${scanned} files under .next/static, no canary found.`);
}

const chromium = ensureChromium();
console.log(`Chromium: ${chromium}`);

const runDir = path.join(root, "test-results", `.e2e-${Date.now()}`);
rmSync(path.join(root, "test-results"), { recursive: true, force: true });
mkdirSync(runDir, { recursive: true });
const env = { ...process.env, ...appEnv(), E2E_RUN_DIR: runDir, PLAYWRIGHT_CHROMIUM_EXECUTABLE: chromium };

if (process.env.E2E_SKIP_BUILD !== "1") {
  execFileSync(bin("next"), ["build"], { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
}
assertNoSecretsInBundles();
if (process.env.E2E_BUILD_ONLY === "1") process.exit(0);

const result = spawnSync(bin("playwright"), ["test", ...process.argv.slice(2)], { cwd: root, env, stdio: "inherit" });
process.exit(result.status ?? 1);
