import { defineConfig, devices } from "@playwright/test";
import { APP_PORT, APP_URL, appEnv, sandboxEnv, SANDBOX_URL } from "./e2e/env";
import { CHROMIUM_ARGS, findChromium } from "./e2e/chromium";
import { DEMO_STORAGE_STATE } from "./e2e/fixtures";
import { heapFlags } from "./scripts/heap.mjs";

/**
 * End-to-end against a production build (`npm run test:e2e` builds it first) and the Bud stand-in, both
 * started here. Two workers: specs that change data or inject faults use their own fresh users and faults scoped
 * to their own Bud customer (e2e/fixtures.ts), so journeys run side by side.
 */
export default defineConfig({
  testDir: "e2e",
  // Two app instances sharing one PostgreSQL need a PostgreSQL server; .ci/run provides TEST_DATABASE_URL.
  testIgnore: process.env.TEST_DATABASE_URL ? [] : ["**/scale-out.spec.ts"],
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: APP_URL,
    reducedMotion: "reduce",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], storageState: DEMO_STORAGE_STATE },
      dependencies: ["setup"],
    },
  ],
  webServer: [
    {
      command: "npx tsx sandbox/main.ts",
      url: `${SANDBOX_URL}/v1/open-banking/providers`,
      env: sandboxEnv(),
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    {
      // Our own server (scripts/server.mjs), as `npm start` runs it in production.
      command: ["node", ...heapFlags(), "scripts/server.mjs", "start"].join(" "),
      url: `${APP_URL}/sign-in`,
      env: appEnv({
        PORT: String(APP_PORT),
        // Every browser and fixture here connects from 127.0.0.1, so per-address limits would make specs refuse
        // each other; e2e/production.spec.ts checks the defaults on its own server.
        BUDGIE_SIGN_IN_FAILURES_PER_ADDRESS: "1000",
        BUDGIE_SIGN_UPS_PER_ADDRESS: "1000",
      }),
      reuseExistingServer: false,
      // A first PGlite open has taken over 90 s on a busy shared 2-core machine.
      timeout: 180_000,
      stdout: process.env.E2E_APP_LOGS ? "pipe" : "ignore",
      stderr: "pipe",
    },
  ],
});
