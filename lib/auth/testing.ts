import { vi } from "vitest";
import { resetEnvCacheForTests } from "@/lib/env";

/* Test support for auth: imported by tests only. */

export const TEST_SESSION_SECRET = "a-test-secret-that-is-at-least-32-characters";

/**
 * A production configuration with the given session secret (production uses `__Secure-` cookies and refuses to
 * run without its secrets, so this is the strictest setting to test sessions in). Undo with `unstubProduction`.
 */
export function stubProduction(secret: string = TEST_SESSION_SECRET): void {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("NEXTAUTH_URL", "https://budgie.example.com");
  vi.stubEnv("NEXTAUTH_SECRET", secret);
  vi.stubEnv("BUDGIE_ENCRYPTION_KEY", Buffer.alloc(32, 7).toString("base64"));
  resetEnvCacheForTests();
}

export function unstubProduction(): void {
  vi.unstubAllEnvs();
  resetEnvCacheForTests();
}
