/**
 * The environment the e2e run builds and serves with. Every secret is a recognisable canary, so the build
 * output and every API response can be searched for it (e2e/security.spec.ts, scripts/e2e.ts).
 */
import path from "node:path";

/** E2E_PORT_OFFSET shifts every port, so several checkouts can run their suites side by side. */
export const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);
export const APP_PORT = 3210 + PORT_OFFSET;
export const SANDBOX_PORT = 4210 + PORT_OFFSET;
export const APP_URL = `http://localhost:${APP_PORT}`;
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;

/** The app's idle timeout in e2e runs (see appEnv). */
export const E2E_IDLE_MINUTES = 120;

export const LOCAL_CLIENT_ID = "8711bbef-b357-4c2d-97ca-0d9df4206e9a";

export const CANARIES = {
  budClientSecret: "canary-bud-client-secret-7f3a9c",
  nextAuthSecret: "canary-nextauth-secret-4b8e2d1f6a",
  // 32 bytes, base64: the bytes spell "canary-encryption-key-0123456789".
  encryptionKey: Buffer.from("canary-encryption-key-0123456789").toString("base64"),
} as const;

/** A per-run scratch directory (fresh databases and stand-in state), fixed by scripts/e2e.ts for the run. */
export const runDir = process.env.E2E_RUN_DIR ?? path.resolve("test-results", ".e2e-state");

export function appEnv(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    BUD_API_URL: SANDBOX_URL,
    // The stand-in is plain http on loopback; production refuses http without this opt-out.
    BUD_API_ALLOW_HTTP: "true",
    BUD_CLIENT_ID: LOCAL_CLIENT_ID,
    BUD_CLIENT_SECRET: CANARIES.budClientSecret,
    NEXTAUTH_SECRET: CANARIES.nextAuthSecret,
    BUDGIE_ENCRYPTION_KEY: CANARIES.encryptionKey,
    BUDGIE_DEMO: "true",
    BUDGIE_DATA_DIR: path.join(runDir, "app"),
    NEXTAUTH_URL: APP_URL,
    // Longer than the default 30 minutes: the shared demo session (signed in once by global.setup) must outlast
    // a slow run. e2e/auth.spec.ts reads this to check the idle sign-out.
    BUDGIE_SESSION_IDLE_MINUTES: String(E2E_IDLE_MINUTES),
    NEXT_TELEMETRY_DISABLED: "1",
    // Specs that clear a fault expect the next request to reach Bud; the breaker's own timing is tested with its
    // own instance in bud-resilience.spec.ts.
    BUD_BREAKER_COOLDOWN_MS: "1000",
    // Faults here are scoped to one spec's customer, but the breaker is one per process (as it should be for a real
    // Bud outage): left at its thresholds, one spec's 503s opened it under the specs running beside it.
    BUD_BREAKER_FAILURES: "1000",
    BUD_BREAKER_MIN_CALLS: "100000",
    // The stand-in's hosted Connect pages, at its public URL (sandbox/README.md): our CSP lets forms go there.
    BUD_CONNECT_ORIGIN: `http://localhost:${SANDBOX_PORT}`,
    // Its hosted Bud Pay page too: a payment POST may redirect only there.
    BUD_PAY_ORIGIN: `http://localhost:${SANDBOX_PORT}`,
    BUD_WEBHOOK_JWKS_URL: `${SANDBOX_URL}/bud-callback.jwks`,
    ...overrides,
  };
}

export function sandboxEnv(): Record<string, string> {
  return {
    SANDBOX_PORT: String(SANDBOX_PORT),
    SANDBOX_DATA_DIR: path.join(runDir, "sandbox"),
    SANDBOX_WEBHOOK_URL: `${APP_URL}/api/webhooks/bud`,
    SANDBOX_CLIENTS: JSON.stringify([
      { client_id: LOCAL_CLIENT_ID, client_secrets: [CANARIES.budClientSecret], host_secrets: false },
    ]),
  };
}
