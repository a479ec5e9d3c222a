import { defineConfig } from "vitest/config";
import { tmpdir } from "node:os";
import path from "node:path";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React's server bundle; tests run server code directly in Node.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    include: ["**/*.test.ts"],
    exclude: ["node_modules/**", ".next/**", "e2e/**"],
    environment: "node",
    // As Next's server does before any of its modules load: route handlers called in tests need its request stores.
    setupFiles: ["next/dist/server/node-environment-baseline"],
    // Tests that reach lib/env without their own settings must not write development secrets into the repo.
    env: { BUDGIE_DATA_DIR: path.join(tmpdir(), "budgie-vitest") },
    // PGlite and the stand-in are heavy to start: one per worker file, two workers on a 2-core machine.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
