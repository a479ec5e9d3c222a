import { defineConfig, devices } from "@playwright/test";
import { APP_PORT, APP_URL, appEnv, sandboxEnv, SANDBOX_URL } from "./e2e/env";
import { CHROMIUM_ARGS, findChromium } from "./e2e/chromium";

/**
 * End-to-end against a production build (`npm run test:e2e` builds it first) and the Bud stand-in, both
 * started here. One worker: the stand-in's fault injection is global, so journeys run one at a time.
 */
export default defineConfig({
  testDir: "e2e",
  // Two app instances sharing one PostgreSQL need a PostgreSQL server; .ci/run provides TEST_DATABASE_URL.
  testIgnore: process.env.TEST_DATABASE_URL ? [] : ["**/scale-out.spec.ts"],
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { open: "never" }]] : [["list"]],
  use: {
    baseURL: APP_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "setup", testMatch: /global\.setup\.ts/ },
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"], storageState: "test-results/.auth/demo.json" },
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
      command: "node scripts/server.mjs start",
      url: `${APP_URL}/sign-in`,
      env: appEnv({ PORT: String(APP_PORT) }),
      reuseExistingServer: false,
      // A first PGlite open has taken over 90 s on a busy shared 2-core machine.
      timeout: 180_000,
      stdout: process.env.E2E_APP_LOGS ? "pipe" : "ignore",
      stderr: "pipe",
    },
  ],
});
