import "server-only";
import { z } from "zod";
import type { BreakerPolicy } from "@/lib/bud/breaker";
import { BUD_CLIENT_DEFAULTS } from "@/lib/bud/config";
import { cached, milliseconds, parseSchemaEnv, trueOrFalse, wholeNumber } from "@/lib/env/parse";

export interface BudConfig {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  /** Per attempt. */
  timeoutMs: number;
  /** For a whole call, retries and waits included. */
  deadlineMs: number;
  /** The largest Bud response body read; a bigger one is refused as a bad response. */
  maxResponseBytes: number;
  /** Most sockets open to Bud at once. */
  maxConnections: number;
  breaker: BreakerPolicy;
}

const breakerDefaults = BUD_CLIENT_DEFAULTS.breaker;

const budSchema = z
  .object({
    // zod's own wording for a missing value ("expected string, received undefined") would not help anyone.
    BUD_API_URL: z.url({
      protocol: /^https?$/,
      error: (issue) => (issue.input === undefined ? "is required (Bud's API base URL)" : "must be an http(s) URL"),
    }),
    BUD_CLIENT_ID: z.string({ error: "is required (your Bud client id)" }),
    BUD_CLIENT_SECRET: z.string({ error: "is required (your Bud client secret)" }),
    BUD_TIMEOUT_MS: milliseconds(10_000),
    BUD_DEADLINE_MS: milliseconds(20_000),
    NODE_ENV: z.string().optional(),
    // The opt-out for a demo against the local stand-in (plain http on loopback); `npm start` sets it for that.
    BUD_API_ALLOW_HTTP: trueOrFalse("false"),
    BUD_MAX_RESPONSE_BYTES: wholeNumber(BUD_CLIENT_DEFAULTS.maxResponseBytes, 1024, 1024 ** 3, " of bytes"),
    BUD_MAX_CONNECTIONS: wholeNumber(BUD_CLIENT_DEFAULTS.maxConnections, 1, 10_000, ""),
    BUD_BREAKER_FAILURES: wholeNumber(breakerDefaults.consecutiveFailures, 1, 1_000, ""),
    BUD_BREAKER_WINDOW_MS: milliseconds(breakerDefaults.windowMs),
    BUD_BREAKER_MIN_CALLS: wholeNumber(breakerDefaults.minCallsInWindow, 1, 100_000, ""),
    BUD_BREAKER_FAILURE_PERCENT: wholeNumber(breakerDefaults.failureRatio * 100, 1, 100, " (a percentage)"),
    BUD_BREAKER_COOLDOWN_MS: milliseconds(breakerDefaults.cooldownMs),
  })
  .refine((env) => env.BUD_DEADLINE_MS >= env.BUD_TIMEOUT_MS, {
    path: ["BUD_DEADLINE_MS"],
    message: "must not be shorter than BUD_TIMEOUT_MS",
  })
  // Credentials and customer data travel on this connection.
  .refine(
    (env) => env.NODE_ENV !== "production" || env.BUD_API_ALLOW_HTTP === "true" || new URL(env.BUD_API_URL).protocol === "https:",
    {
      path: ["BUD_API_URL"],
      message: "must be an https URL in production (BUD_API_ALLOW_HTTP=true allows http, for a local stand-in in a demo only)",
    },
  );

export function budConfig(): BudConfig {
  return cached("bud", () => {
    const env = parseSchemaEnv("Bud API", budSchema);
    return {
      apiUrl: env.BUD_API_URL,
      clientId: env.BUD_CLIENT_ID,
      clientSecret: env.BUD_CLIENT_SECRET,
      timeoutMs: env.BUD_TIMEOUT_MS,
      deadlineMs: env.BUD_DEADLINE_MS,
      maxResponseBytes: env.BUD_MAX_RESPONSE_BYTES,
      maxConnections: env.BUD_MAX_CONNECTIONS,
      breaker: {
        consecutiveFailures: env.BUD_BREAKER_FAILURES,
        windowMs: env.BUD_BREAKER_WINDOW_MS,
        minCallsInWindow: env.BUD_BREAKER_MIN_CALLS,
        failureRatio: env.BUD_BREAKER_FAILURE_PERCENT / 100,
        cooldownMs: env.BUD_BREAKER_COOLDOWN_MS,
      },
    };
  });
}
